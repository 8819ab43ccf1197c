import { afterEach, describe, expect, it, vi } from "vitest";

// The module reads NODE_ENV once, as next build inlines it: load it afresh per environment.
async function load(nodeEnv: string) {
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.resetModules();
  return import("./security-headers");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("security headers", () => {
  it("allow eval only outside production", async () => {
    expect((await load("production")).contentSecurityPolicy("abc")).not.toContain("unsafe-eval");
    expect((await load("development")).contentSecurityPolicy("abc")).toContain("'unsafe-eval'");
  });

  it("hold scripts to the nonce when there is one, and to this origin when not", async () => {
    const { contentSecurityPolicy } = await load("production");
    expect(contentSecurityPolicy("abc")).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(contentSecurityPolicy(null)).toContain("script-src 'self';");
    for (const nonce of ["abc", null]) expect(contentSecurityPolicy(nonce)).toContain("frame-ancestors 'none'");
  });

  it("send HSTS only over HTTPS", async () => {
    const { securityHeaders } = await load("production");
    const keys = (https: boolean) => securityHeaders(null, https).map((h) => h.key);
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(keys(true)).toContain("Strict-Transport-Security");
  });

  it("take HTTPS from the URL or the load balancer's first hop", async () => {
    const { isHttps } = await load("production");
    const proto = (value: string) => new Headers({ "x-forwarded-proto": value });
    expect(isHttps("https://switchboard.example/", new Headers())).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/", proto("https"))).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/", proto("https, http"))).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/", proto("http"))).toBe(false);
    expect(isHttps("http://127.0.0.1:3000/", new Headers())).toBe(false);
  });

  it("make a fresh nonce each time", async () => {
    const { newNonce } = await load("production");
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
