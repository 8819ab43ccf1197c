import { describe, expect, it } from "vitest";
import { dnsServers, skipsDomainVerification, ssoConfigProblem } from "./config";

describe("the domain verification override", () => {
  it("works outside production only, and a production server refuses to start with it", () => {
    expect(skipsDomainVerification({ SSO_DOMAIN_VERIFICATION: "skip", NODE_ENV: "development" })).toBe(true);
    expect(skipsDomainVerification({ SSO_DOMAIN_VERIFICATION: "skip", NODE_ENV: "production" })).toBe(false);
    expect(skipsDomainVerification({ NODE_ENV: "development" })).toBe(false);
    expect(ssoConfigProblem({ SSO_DOMAIN_VERIFICATION: "skip", NODE_ENV: "production" })).toMatch(/refused in production/);
    expect(ssoConfigProblem({ NODE_ENV: "production" })).toBeNull();
  });

  it("reads the DNS servers list", () => {
    expect(dnsServers({ SSO_DNS_SERVERS: " 127.0.0.1:5353, 1.1.1.1 " })).toEqual(["127.0.0.1:5353", "1.1.1.1"]);
    expect(dnsServers({})).toEqual([]);
  });
});
