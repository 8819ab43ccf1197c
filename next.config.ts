import type { NextConfig } from "next";
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from "./lib/security-headers";

// `npm run bench` builds with SWITCHBOARD_BENCH_BUILD=1 into its own directory. The flag is
// inlined at build time, so the bench-only variants (lib/bench/variant.ts) are dead code in
// every other build: no environment variable can turn them on in production.
const benchBuild = process.env.SWITCHBOARD_BENCH_BUILD === "1";

const nextConfig: NextConfig = {
  // PGlite loads its WASM from its own package at run time: bundling it breaks that and
  // would copy ~15 MB into the public static files.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  distDir: benchBuild ? ".next-bench" : ".next",
  env: { SWITCHBOARD_BENCH_BUILD: benchBuild ? "1" : "0" },
  // The security headers (lib/security-headers.ts) on every response, for what the proxy
  // skips: static assets, server actions, prefetches, /api/auth. On what it sees, the proxy's
  // own values, with the request's nonce, replace these.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(null, false) },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https.*" }], headers: [STRICT_TRANSPORT_SECURITY] },
    ];
  },
};

export default nextConfig;
