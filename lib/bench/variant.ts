// Variants `npm run bench` compares within one build. Only a build made with
// SWITCHBOARD_BENCH_BUILD=1 honours them: next.config.ts inlines the flag, so elsewhere
// BENCH_BUILD is the constant false and every variant is "full".
export const BENCH_BUILD = process.env.SWITCHBOARD_BENCH_BUILD === "1";

export const BENCH_VARIANT_HEADER = "x-bench-variant";

/**
 * full: the product as shipped. bypass: no proxy work, and the access row read once per
 * member and trusted (pages still run their in-memory checks on it).
 * stale: permissions trusted from the session (no database read). noop-proxy: the proxy
 * returns at once; pages check as usual.
 */
export type BenchVariant = "full" | "bypass" | "stale" | "noop-proxy";

export function benchVariant(headers: Headers): BenchVariant {
  if (!BENCH_BUILD) return "full";
  const value = headers.get(BENCH_VARIANT_HEADER);
  return value === "bypass" || value === "stale" || value === "noop-proxy" ? value : "full";
}
