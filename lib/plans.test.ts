import { describe, expect, it } from "vitest";
import { CUSTOM_ROLES_PLAN, PLANS, canUseCustomRoles, customRoleLimit, keptInactiveText, planFeatures, planLabel, planParam } from "./plans";

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

  it("says what a downgrade kept in words that agree with the counts", () => {
    expect(keptInactiveText(1, 1)).toBe(
      "Your 1 custom role is kept but inactive: its 1 member acts with Agent permissions until you upgrade. Nothing has been deleted.",
    );
    expect(keptInactiveText(2, 3)).toBe(
      "Your 2 custom roles are kept but inactive: their 3 members act with Agent permissions until you upgrade. Nothing has been deleted.",
    );
    expect(keptInactiveText(1, 0)).toContain("its 0 members act");
  });

  it("lists on each card only what the plan adds to the one below", () => {
    expect(planFeatures("starter").base).toBeNull();
    expect(planFeatures("starter").adds).toContain("Audit log kept for 1 year");
    expect(planFeatures("pro")).toEqual({ base: "starter", adds: ["Audit log kept for 2 years"] });
    expect(planFeatures("business")).toEqual({
      base: "pro",
      adds: ["Audit log kept as long as you like", "Up to 25 custom roles", "The public API and webhooks"],
    });
    expect(planFeatures("enterprise").adds).toEqual([
      "Up to 200 custom roles",
      "Single sign-on (OpenID Connect)",
      "Directory sync (SCIM) and directory groups that decide roles",
    ]);
    const lists = PLANS.map((plan) => JSON.stringify(planFeatures(plan)));
    expect(new Set(lists).size).toBe(PLANS.length);
    // Every plan above the smallest adds something of its own.
    for (const plan of PLANS.slice(1)) expect(planFeatures(plan).adds.length).toBeGreaterThan(0);
  });

  it("reads a plan from a link and nothing else", () => {
    expect(planParam("business")).toBe("business");
    for (const value of ["Business", "", undefined, ["business"], "toString"]) expect(planParam(value)).toBeNull();
  });
});
