import type { NextConfig } from "next";
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from "./lib/security-headers";

// `npm run bench` builds with SWITCHBOARD_BENCH_BUILD=1 into its own directory, with its
// variants (lib/bench/request-variant.ts) in place of lib/authz/request-variant.ts, and the API's
// allowances raised (lib/bench/api-allowances.ts). Every other build compiles the modules without
// them: no header or variable can turn one on there.
const benchBuild = process.env.SWITCHBOARD_BENCH_BUILD === "1";
// The e2e suite's builds (scripts/e2e-server.mjs): `npm test` has type-checked the project before
// Playwright starts, and a one-off build gains nothing from writing Turbopack's cache (together
// about 2 of the suite's minutes on 2 cores).
const testBuild = process.env.SWITCHBOARD_TEST_BUILD === "1";

const nextConfig: NextConfig = {
  // PGlite loads its WASM from its own package at run time: bundling it breaks that and
  // would copy ~15 MB into the public static files. The rest are server-only libraries Node
  // loads as they are: compiling them again for each server layer cost a newcomer's first
  // `npm run dev` seconds (bench line 15).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "zod",
    "nodemailer",
    "openid-client",
    "otpauth",
    "qrcode",
    "standardwebhooks",
    "unhomoglyph",
  ],
  experimental: {
    authInterrupts: true,
    // The email templates use a few of its components; the barrel would compile them all (Tailwind and Prism among them).
    optimizePackageImports: ["@react-email/components"],
    ...(testBuild && { turbopackFileSystemCacheForBuild: false }),
  },
  typescript: { ignoreBuildErrors: testBuild },
  poweredByHeader: false,
  // SWITCHBOARD_DIST_DIR: the first-run bench line's own, deleted each round (scripts/bench/first-run.ts).
  distDir: benchBuild ? ".next-bench" : (process.env.SWITCHBOARD_DIST_DIR ?? ".next"),
  ...(benchBuild && {
    turbopack: {
      resolveAlias: {
        "@/lib/authz/request-variant": "./lib/bench/request-variant.ts",
        "@/lib/api/allowances": "./lib/bench/api-allowances.ts",
      },
    },
  }),
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
