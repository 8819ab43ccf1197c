import { describe, expect, it } from "vitest";
import { BENCH_VARIANT_HEADER } from "@/lib/bench/header";
import * as bench from "@/lib/bench/request-variant";
import * as shipped from "./request-variant";

describe("request variants", () => {
  it("are always the product as shipped outside the bench build, whatever a request's headers say", () => {
    for (const value of ["bypass", "stale", "noop-proxy", "full"]) expect(shipped.requestVariant(new Headers({ [BENCH_VARIANT_HEADER]: value }))).toBe("full");
  });

  it("are chosen by header in the bench build's module, which offers the same exports", () => {
    expect(bench.requestVariant(new Headers({ [BENCH_VARIANT_HEADER]: "stale" }))).toBe("stale");
    expect(bench.requestVariant(new Headers({ [BENCH_VARIANT_HEADER]: "anything" }))).toBe("full");
    expect(Object.keys(bench).sort()).toEqual(Object.keys(shipped).sort());
  });
});
