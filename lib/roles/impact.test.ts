import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS, isSensitive, PERMISSIONS } from "@/lib/authz/permissions";
import { hasChanges, memberImpact, permissionDiff, summarizeImpact } from "./impact";

describe("sensitive permissions", () => {
  it("are the five the issue names, Manage security settings, Manage API keys and Manage webhooks, by their registry labels", () => {
    expect(PERMISSIONS.filter((p) => isSensitive(p.key)).map((p) => p.label)).toEqual([
      "Manage roles",
      "Manage security settings",
      "Export reports",
      "Delete recordings",
      "Manage API keys",
      "Manage webhooks",
      "Change plans",
      "Update payment methods",
    ]);
  });
});

describe("permissionDiff", () => {
  it("lists gains and losses in registry order with labels, marking sensitive ones", () => {
    const diff = permissionDiff(["recordings.listen", "members.view"], ["analytics.export", "analytics.view", "members.view"]);
    expect(diff.gains).toEqual([
      { key: "analytics.view", label: "View dashboards", sensitive: false },
      { key: "analytics.export", label: "Export reports", sensitive: true },
    ]);
    expect(diff.losses).toEqual([{ key: "recordings.listen", label: "Listen to recordings", sensitive: false }]);
  });

  it("is empty for the same set in any order, and for two empty sets", () => {
    expect(permissionDiff(["members.view", "numbers.view"], ["numbers.view", "members.view"])).toEqual({ gains: [], losses: [] });
    expect(hasChanges(permissionDiff([], []))).toBe(false);
  });

  it("from Agent to Owner gains everything Agent lacks, loses nothing", () => {
    const diff = permissionDiff(BUILT_IN_ROLES.agent.permissions, BUILT_IN_ROLES.owner.permissions);
    expect(diff.losses).toEqual([]);
    expect(diff.gains.map((g) => g.key)).toEqual(ALL_PERMISSIONS.filter((p) => !BUILT_IN_ROLES.agent.permissions.includes(p)));
    expect(diff.gains.filter((g) => g.sensitive)).toHaveLength(8);
  });

  it("is symmetric: what one direction gains, the other loses", () => {
    const a = ["members.view", "billing.view", "billing.plan"] as const;
    const b = ["members.view", "recordings.listen"] as const;
    expect(permissionDiff(a, b).gains).toEqual(permissionDiff(b, a).losses);
    expect(permissionDiff(a, b).losses).toEqual(permissionDiff(b, a).gains);
  });
});

describe("memberImpact and summarizeImpact", () => {
  it("names the member and both roles, and counts who gains or loses something sensitive", () => {
    const person = { id: "m1", name: "Quinn", email: "q@x.test" };
    const promoted = memberImpact(
      person,
      { role: "Agent", permissions: BUILT_IN_ROLES.agent.permissions },
      { role: "Admin", permissions: BUILT_IN_ROLES.admin.permissions },
    );
    expect(promoted).toMatchObject({ id: "m1", name: "Quinn", fromRole: "Agent", toRole: "Admin", losses: [] });
    const demoted = memberImpact(
      person,
      { role: "Owner", permissions: BUILT_IN_ROLES.owner.permissions },
      { role: "Admin", permissions: BUILT_IN_ROLES.admin.permissions },
    );
    expect(demoted.losses.map((l) => l.label)).toEqual(["Manage security settings", "Change plans", "Update payment methods"]);
    const same = memberImpact(person, { role: "Agent", permissions: [] }, { role: "Agent", permissions: [] });
    expect(summarizeImpact([promoted, demoted, same])).toEqual({ members: 3, changed: 2, gainingSensitive: 1, losingSensitive: 1 });
  });
});
