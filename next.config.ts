import type { NextConfig } from "next";

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
};

export default nextConfig;
