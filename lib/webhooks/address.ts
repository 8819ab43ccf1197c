// Webhook destinations may not reach Switchboard's own network (SSRF): every address a host
// name resolves to is checked, when an endpoint is saved and again as each delivery connects
// (the check sits in the connection's own DNS lookup, so a name that changes its answer between
// the two cannot slip through). WEBHOOKS_ALLOW_PRIVATE=1 lets tests and local development use a
// receiver on this machine: outside production, or on a QA server (privateAddressesAllowed).
import dns from "node:dns";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64: an IPv4 address in disguise
  ["::", 96], // IPv4-compatible (deprecated): ::127.0.0.1
  ["2002::", 16], // 6to4, which can carry a private IPv4 address
  ["2001::", 32], // Teredo, likewise
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/**
 * Whether private, loopback and link-local destinations are allowed: WEBHOOKS_ALLOW_PRIVATE=1 outside
 * production; in production only on a QA server (QA_TOKEN set too, as Playwright's server has), so
 * the end-to-end suite can run a receiver beside its production build. Never where customers are.
 */
export function privateAddressesAllowed(env: Record<string, string | undefined> = process.env): boolean {
  if (env.WEBHOOKS_ALLOW_PRIVATE !== "1") return false;
  return env.NODE_ENV !== "production" || !!env.QA_TOKEN;
}

/** Whether an IP address is one webhooks may not reach (IPv4-mapped IPv6 addresses judged as the IPv4 they carry). */
function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

export const PRIVATE_ADDRESS_MESSAGE = "Webhooks cannot be sent to private, loopback or link-local addresses.";

export class RefusedAddressError extends Error {}

/** The URL's host without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/** Resolves the URL's host and refuses it when any of its addresses is private (unless allowed). */
export async function assertPublicDestination(url: URL): Promise<void> {
  if (privateAddressesAllowed()) return;
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
  if (!addresses.length || addresses.some(isPrivateAddress)) throw new RefusedAddressError(PRIVATE_ADDRESS_MESSAGE);
}

/**
 * A `lookup` for http.request: resolves as Node would, then refuses private answers, so the
 * address connected to is the address checked. Node skips `lookup` for IP literals: the caller
 * checks those with isPrivateAddress first (checkedRequestTarget).
 */
export const checkedLookup: typeof dns.lookup = ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error);
    const list = addresses;
    if (!privateAddressesAllowed() && (!list.length || list.some((a) => isPrivateAddress(a.address)))) {
      return callback(new RefusedAddressError(PRIVATE_ADDRESS_MESSAGE));
    }
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}) as typeof dns.lookup;

/** Refuses an IP-literal URL on a private address before connecting (host names are checked in checkedLookup). */
export function assertLiteralAllowed(url: URL): void {
  const host = hostOf(url);
  if (isIP(host) && !privateAddressesAllowed() && isPrivateAddress(host)) throw new RefusedAddressError(PRIVATE_ADDRESS_MESSAGE);
}
