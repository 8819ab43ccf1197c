import { describe, expect, it } from "vitest";
import {
  ALL_PERMISSIONS,
  CATEGORIES,
  PERMISSIONS,
  dependentsOf,
  isPermission,
  missingNeeds,
  needsOf,
  permissionInfo,
  permissionLabel,
  permissionsIn,
  sortPermissions,
  toggle,
  type Permission,
} from "./permissions";

// The help article's table: what each category offers, in its words.
const EXPECTED: Record<string, string[]> = {
  "Team Management": ["View members", "Invite members", "Edit profiles", "Deactivate accounts", "Assign roles", "Manage roles", "Manage security settings"],
  "Phone Numbers": ["View numbers", "Purchase numbers", "Assign numbers", "Configure caller ID"],
  "Call Flows": ["Edit IVR menus", "Edit ring groups", "Edit business hours", "Edit routing rules"],
  "Analytics & Reporting": ["View dashboards", "Export reports", "Access team-wide stats", "Access individual stats"],
  "Recordings & Transcripts": ["Listen to recordings", "Download files", "Delete recordings"],
  "SMS & Messaging": ["View conversations", "Send messages", "Manage templates"],
  Integrations: [
    "View integrations",
    "Connect or disconnect CRM integrations",
    "Connect or disconnect helpdesk integrations",
    "Manage API keys",
    "Manage webhooks",
  ],
  Billing: ["View invoices", "Change plans", "Update payment methods"],
};

// Direct dependencies the article lists, by label.
const EXPECTED_NEEDS: Record<string, string[]> = {
  "Invite members": ["View members"],
  "Edit profiles": ["View members"],
  "Deactivate accounts": ["View members"],
  "Assign roles": ["View members"],
  "Manage roles": ["Assign roles"],
  "Manage security settings": ["View members"],
  "Purchase numbers": ["View numbers"],
  "Assign numbers": ["View numbers"],
  "Configure caller ID": ["View numbers"],
  "Export reports": ["View dashboards"],
  "Access team-wide stats": ["View dashboards"],
  "Access individual stats": ["View dashboards"],
  "Download files": ["Listen to recordings"],
  "Delete recordings": ["Listen to recordings"],
  "Send messages": ["View conversations"],
  "Manage templates": ["View conversations"],
  "Connect or disconnect CRM integrations": ["View integrations"],
  "Connect or disconnect helpdesk integrations": ["View integrations"],
  "Change plans": ["View invoices"],
  "Update payment methods": ["View invoices"],
};

const byLabel = (label: string): Permission => {
  const found = PERMISSIONS.find((p) => p.label === label);
  if (!found) throw new Error(`no permission labelled ${label}`);
  return found.key;
};
const labels = (keys: Iterable<Permission>) => [...keys].map(permissionLabel).sort();

describe("permission registry", () => {
  it("has exactly the eight categories, in the article's order", () => {
    expect(CATEGORIES.map((c) => c.label)).toEqual(Object.keys(EXPECTED));
    expect(new Set(CATEGORIES.map((c) => c.key)).size).toBe(CATEGORIES.length);
  });

  it("offers at least one toggle in every category", () => {
    for (const category of CATEGORIES) expect(permissionsIn(category.key).length, category.label).toBeGreaterThan(0);
  });

  it("puts every toggle in a known category", () => {
    const keys = new Set<string>(CATEGORIES.map((c) => c.key));
    for (const p of PERMISSIONS) expect(keys.has(p.category), p.key).toBe(true);
  });

  it.each(Object.entries(EXPECTED))("offers exactly the article's toggles in %s, in order", (categoryLabel, expected) => {
    const category = CATEGORIES.find((c) => c.label === categoryLabel)!;
    expect(permissionsIn(category.key).map((p) => p.label)).toEqual(expected);
  });

  it("has no toggle beyond the article's table", () => {
    expect(PERMISSIONS.length).toBe(Object.values(EXPECTED).flat().length);
  });

  it("has unique keys and unique labels", () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    expect(new Set(PERMISSIONS.map((p) => p.label)).size).toBe(PERMISSIONS.length);
  });

  it("describes every permission in one non-empty line", () => {
    for (const p of PERMISSIONS) {
      expect(p.description.trim().length, p.key).toBeGreaterThan(0);
      expect(p.description, p.key).not.toMatch(/[\r\n]/);
      expect(p.label.trim(), p.key).toBe(p.label);
    }
  });

  it("names only real permissions in `needs`, never itself", () => {
    for (const p of PERMISSIONS) {
      for (const need of p.needs) {
        expect(isPermission(need), `${p.key} needs ${need}`).toBe(true);
        expect(need).not.toBe(p.key);
      }
    }
  });

  it("has acyclic dependencies", () => {
    const state = new Map<Permission, "visiting" | "done">();
    const visit = (key: Permission, path: Permission[]) => {
      if (state.get(key) === "done") return;
      if (state.get(key) === "visiting") throw new Error(`cycle: ${[...path, key].join(" -> ")}`);
      state.set(key, "visiting");
      for (const need of permissionInfo(key).needs) visit(need, [...path, key]);
      state.set(key, "done");
    };
    for (const key of ALL_PERMISSIONS) expect(() => visit(key, [])).not.toThrow();
    for (const key of ALL_PERMISSIONS) expect(needsOf(key).has(key), key).toBe(false);
  });

  it("declares exactly the article's direct dependencies", () => {
    for (const p of PERMISSIONS) {
      expect(p.needs.map(permissionLabel).sort(), p.label).toEqual((EXPECTED_NEEDS[p.label] ?? []).sort());
    }
  });

  it("keeps dependencies inside their category", () => {
    for (const p of PERMISSIONS) for (const need of p.needs) expect(permissionInfo(need).category, p.key).toBe(p.category);
  });

  it("rejects strings that are not permissions", () => {
    expect(isPermission("members.view")).toBe(true);
    expect(isPermission("members.VIEW")).toBe(false);
    expect(isPermission("admin")).toBe(false);
    expect(isPermission("")).toBe(false);
  });
});

describe("needsOf and dependentsOf", () => {
  it("follows needs transitively", () => {
    expect(labels(needsOf("roles.manage"))).toEqual(["Assign roles", "View members"]);
    expect(labels(needsOf("members.view"))).toEqual([]);
  });

  it("finds dependents transitively", () => {
    expect(labels(dependentsOf("members.view"))).toEqual(
      ["Assign roles", "Deactivate accounts", "Edit profiles", "Invite members", "Manage roles", "Manage security settings"].sort(),
    );
    expect(labels(dependentsOf("roles.assign"))).toEqual(["Manage roles"]);
    expect(dependentsOf("roles.manage").size).toBe(0);
  });

  it("is the inverse of needsOf", () => {
    for (const a of ALL_PERMISSIONS) {
      for (const b of ALL_PERMISSIONS) expect(needsOf(a).has(b), `${a} / ${b}`).toBe(dependentsOf(b).has(a));
    }
  });
});

describe("toggle", () => {
  it("turning on brings the needs, transitively", () => {
    expect(labels(toggle([], byLabel("Manage roles"), true))).toEqual(["Assign roles", "Manage roles", "View members"]);
    expect(labels(toggle([], "recordings.download", true))).toEqual(["Download files", "Listen to recordings"]);
  });

  it("turning on keeps what was already on", () => {
    const next = toggle(["billing.view", "numbers.view"], "analytics.export", true);
    expect(labels(next)).toEqual(["Export reports", "View dashboards", "View invoices", "View numbers"]);
  });

  it("turning off drops the dependents, transitively", () => {
    const all = new Set(ALL_PERMISSIONS);
    const next = toggle(all, "members.view", false);
    const gone = ["members.view", "members.invite", "members.edit", "members.deactivate", "roles.assign", "roles.manage", "security.manage"] as const;
    for (const key of gone) expect(next.has(key), key).toBe(false);
    expect(next.size).toBe(ALL_PERMISSIONS.length - gone.length);
  });

  it("turning off a leaf drops only that toggle", () => {
    const next = toggle(["roles.manage", "roles.assign", "members.view"], "roles.manage", false);
    expect(labels(next)).toEqual(["Assign roles", "View members"]);
  });

  it("does not change its input", () => {
    const current = new Set<Permission>(["members.view"]);
    toggle(current, "members.view", false);
    expect([...current]).toEqual(["members.view"]);
  });

  it("always yields a set whose needs are met, from any set", () => {
    for (const key of ALL_PERMISSIONS) {
      expect(missingNeeds(toggle([], key, true)), key).toEqual([]);
      expect(missingNeeds(toggle(ALL_PERMISSIONS, key, false)), key).toEqual([]);
    }
  });
});

describe("missingNeeds", () => {
  it("is empty for closed sets", () => {
    expect(missingNeeds([])).toEqual([]);
    expect(missingNeeds(ALL_PERMISSIONS)).toEqual([]);
  });

  it("names each permission whose needs are missing, with every missing need", () => {
    expect(missingNeeds(["roles.manage", "billing.plan", "billing.view"])).toEqual([
      { key: "roles.manage", missing: expect.arrayContaining(["roles.assign", "members.view"]) },
    ]);
    const gaps = missingNeeds(["roles.manage"]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].missing.sort()).toEqual(["members.view", "roles.assign"]);
  });

  it("lists gaps in registry order", () => {
    expect(missingNeeds(["billing.payment", "members.invite"]).map((g) => g.key)).toEqual(["members.invite", "billing.payment"]);
  });
});

describe("sortPermissions", () => {
  it("returns registry order without duplicates", () => {
    expect(sortPermissions(["billing.view", "members.view", "billing.view"])).toEqual(["members.view", "billing.view"]);
    expect(sortPermissions([...ALL_PERMISSIONS].reverse())).toEqual(ALL_PERMISSIONS);
  });
});
