// Proving an email domain: its DNS holds a TXT record "switchboard-verification=<token>".
import { Resolver } from "node:dns/promises";
import { dnsServers } from "./config";

const TXT_PREFIX = "switchboard-verification=";

export const verificationRecord = (token: string) => `${TXT_PREFIX}${token}`;

/** Whether the domain publishes the record; a lookup that fails (no such domain, no TXT) is a no. */
export async function hasVerificationRecord(domain: string, token: string, servers: string[] = dnsServers()): Promise<boolean> {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (servers.length) resolver.setServers(servers);
  try {
    const records = await resolver.resolveTxt(domain);
    // A long TXT record arrives split in chunks: joined, it is the value as published.
    return records.some((chunks) => chunks.join("").trim() === verificationRecord(token));
  } catch {
    return false;
  }
}
