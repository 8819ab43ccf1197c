import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { compareHref, compareRoles, comparisonCsv, parseCompareQuery, visibleRows, type ComparedRole } from "./compare";

const role = (name: string, permissions: ComparedRole["permissions"], note = "Custom"): ComparedRole => ({ id: name, name, note, permissions });
const owner = role("Owner", BUILT_IN_ROLES.owner.permissions, "Built-in");
const admin = role("Admin", BUILT_IN_ROLES.admin.permissions, "Built-in");
const agent = role("Agent", BUILT_IN_ROLES.agent.permissions, "Built-in");

describe("compareRoles", () => {
  it("has one row per registry permission, with a grant per role in the order given", () => {
    const c = compareRoles([owner, agent]);
    expect(c.rows).toHaveLength(ALL_PERMISSIONS.length);
    expect(new Set(c.rows.map((r) => r.key))).toEqual(new Set(ALL_PERMISSIONS));
    expect(c.rows.find((r) => r.key === "billing.plan")).toMatchObject({ label: "Change plans", category: "Billing", grants: [true, false], differs: true });
    expect(c.rows.find((r) => r.key === "members.view")).toMatchObject({ grants: [true, true], differs: false });
  });

  it("puts the differences first, each group in registry order", () => {
    const c = compareRoles([owner, admin]);
    const differing = ["security.manage", "billing.plan", "billing.payment"];
    expect(c.differing).toBe(3);
    expect(c.rows.slice(0, 3).map((r) => r.key)).toEqual(differing);
    expect(c.rows.slice(3).every((r) => !r.differs)).toBe(true);
    expect(c.rows.slice(3).map((r) => r.key)).toEqual(ALL_PERMISSIONS.filter((p) => !differing.includes(p)));
  });

  it("counts a permission as differing when any one of three roles disagrees", () => {
    const c = compareRoles([owner, admin, role("Reader", ["members.view"])]);
    expect(c.rows.find((r) => r.key === "members.view")!.differs).toBe(false);
    expect(c.rows.find((r) => r.key === "members.invite")).toMatchObject({ grants: [true, true, false], differs: true });
    expect(c.differing).toBe(ALL_PERMISSIONS.length - 1);
  });

  it("finds no differences between identical roles", () => {
    const c = compareRoles([role("A", ["members.view"]), role("B", ["members.view"])]);
    expect(c.differing).toBe(0);
    expect(visibleRows(c, false)).toEqual([]);
    expect(visibleRows(c, true)).toHaveLength(ALL_PERMISSIONS.length);
  });

  it("shows only the differences unless Show all", () => {
    const c = compareRoles([admin, agent]);
    expect(visibleRows(c, false).every((r) => r.differs)).toBe(true);
    expect(visibleRows(c, false)).toHaveLength(c.differing);
    expect(visibleRows(c, true)).toEqual(c.rows);
  });
});

describe("comparisonCsv", () => {
  it("writes a header and one line per permission, differences first", () => {
    const lines = comparisonCsv(compareRoles([owner, admin]))
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Category,Permission,Differs,Owner (Built-in),Admin (Built-in)");
    expect(lines[1]).toBe("Team Management,Manage security settings,Yes,Granted,Not granted");
    expect(lines[2]).toBe("Billing,Change plans,Yes,Granted,Not granted");
    expect(lines[4]).toBe("Team Management,View members,No,Granted,Granted");
    expect(lines).toHaveLength(ALL_PERMISSIONS.length + 1);
  });

  it("keeps role names from being read as formulas or breaking cells", () => {
    const csv = comparisonCsv(compareRoles([role("=HYPERLINK(1)", []), role('Sales, "West"', [])]));
    expect(csv.split("\r\n")[0]).toBe(`Category,Permission,Differs,'=HYPERLINK(1) (Custom),"Sales, ""West"" (Custom)"`);
  });

  it("quotes and neutralises a role name built to split on semicolons", () => {
    const csv = comparisonCsv(compareRoles([role("Sales;=1+1;", [])]));
    expect(csv.split("\r\n")[0]).toBe(`Category,Permission,Differs,"Sales;'=1+1; (Custom)"`);
  });
});

describe("compare query", () => {
  const a = "3f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f";
  const b = "4f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f";

  it("reads repeated and comma-separated ids alike, once each", () => {
    expect(parseCompareQuery({ roles: [a, b, a] }).data?.roles).toEqual([a, b]);
    expect(parseCompareQuery(new URLSearchParams(`roles=${a},${b}`)).data?.roles).toEqual([a, b]);
    expect(parseCompareQuery(new URLSearchParams(`roles=${a}&roles=${b}&all=1&origin=admin`)).data).toEqual({ roles: [a, b], all: "1", origin: "admin" });
    expect(parseCompareQuery({}).data?.roles).toEqual([]);
  });

  it("refuses ids that are not uuids, unknown origins and more than ten roles", () => {
    expect(parseCompareQuery({ roles: "1 or 1=1" }).success).toBe(false);
    expect(parseCompareQuery({ roles: a, origin: "superuser" }).success).toBe(false);
    expect(parseCompareQuery({ roles: a, all: "yes" }).success).toBe(false);
    const many = Array.from({ length: 11 }, (_, i) => `${String(i).padStart(8, "0")}-7d2a-4c5b-9e6f-1a2b3c4d5e6f`);
    expect(parseCompareQuery({ roles: many }).success).toBe(false);
  });

  it("builds the page's links from a query", () => {
    expect(compareHref("/settings/roles/compare", { roles: [a, b], all: true })).toBe(`/settings/roles/compare?roles=${a}%2C${b}&all=1`);
    expect(compareHref("/settings/roles/compare", { roles: [a], origin: "qa-supervisor" })).toBe(`/settings/roles/compare?roles=${a}&origin=qa-supervisor`);
  });
});
