// The domain check through node:dns against a real (local) DNS server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type LocalDnsServer } from "@/test/dns-server";
import { hasVerificationRecord, verificationRecord } from "./dns";

let dns: LocalDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
});
afterAll(async () => dns?.close());

describe("DNS TXT verification", () => {
  it("finds the record among others, and only the exact value", async () => {
    dns.setTxt("proven.test", ["v=spf1 -all", verificationRecord("token-123")]);
    const servers = [`127.0.0.1:${dns.port}`];
    expect(await hasVerificationRecord("proven.test", "token-123", servers)).toBe(true);
    expect(await hasVerificationRecord("proven.test", "token-12", servers)).toBe(false);
    expect(await hasVerificationRecord("unknown.test", "token-123", servers)).toBe(false);
  });
});
