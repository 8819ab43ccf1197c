/** The request header choosing a bench variant: honoured by the bench build only (lib/bench/request-variant.ts). */
export const BENCH_VARIANT_HEADER = "x-bench-variant";
