import { describe, expect, it } from "vitest";
import { BENCH_BUILD, BENCH_VARIANT_HEADER, benchVariant } from "./variant";

describe("bench variants", () => {
  it("are off outside a bench build, whatever a request's headers say", () => {
    expect(BENCH_BUILD).toBe(false);
    for (const value of ["bypass", "stale", "noop-proxy", "full"]) {
      expect(benchVariant(new Headers({ [BENCH_VARIANT_HEADER]: value }))).toBe("full");
    }
  });
});
