import { describe, expect, it } from "vitest";
import * as bench from "@/lib/bench/api-allowances";
import { RATE_LIMITS } from "@/lib/rate-limits";
import * as shipped from "./allowances";

describe("API allowances", () => {
  it("are 120 a minute per key and 600 per organisation outside the bench build", () => {
    expect(shipped.API_ALLOWANCES).toEqual({ perKey: 120, perOrganization: 600 });
    expect(RATE_LIMITS.apiRequestsPerKey).toMatchObject({ limit: 120, windowMs: 60_000 });
    expect(RATE_LIMITS.apiRequestsPerOrganization).toMatchObject({ limit: 600, windowMs: 60_000 });
    expect(RATE_LIMITS.apiRequestsPerKey.message).toBe("This API key has made 120 requests this minute, the most it may. Wait, then retry.");
  });

  it("are raised only in the bench build's module, which offers the same exports", () => {
    expect(bench.API_ALLOWANCES.perKey).toBeGreaterThan(shipped.API_ALLOWANCES.perKey);
    expect(bench.API_ALLOWANCES.perOrganization).toBeGreaterThan(shipped.API_ALLOWANCES.perOrganization);
    expect(Object.keys(bench).sort()).toEqual(Object.keys(shipped).sort());
  });
});
