import { describe, expect, it } from "vitest";
import { CUSTOM_ROLES_PLAN, PLANS, canUseCustomRoles, customRoleLimit, planLabel } from "./plans";

describe("plans", () => {
  it.each([
    ["starter", false, 0],
    ["pro", false, 0],
    ["business", true, 25],
    ["enterprise", true, 200],
  ] as const)("%s: custom roles %s, limit %i", (plan, allowed, limit) => {
    expect(canUseCustomRoles(plan)).toBe(allowed);
    expect(customRoleLimit(plan)).toBe(limit);
  });

  it("lists plans from smallest to largest, with Business the first with custom roles", () => {
    expect(PLANS).toEqual(["starter", "pro", "business", "enterprise"]);
    expect(CUSTOM_ROLES_PLAN).toBe("business");
    expect(planLabel("business")).toBe("Business");
  });
});
