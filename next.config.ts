import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM from its own package at run time: bundling it breaks that and
  // would copy ~15 MB into the public static files.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default nextConfig;
