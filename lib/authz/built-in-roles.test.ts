import { describe, expect, it } from "vitest";
import { BUILT_IN_KINDS, BUILT_IN_ROLES, DEFAULT_ROLE_KIND, imitatesBuiltIn, isBuiltIn } from "./built-in-roles";
import { ALL_PERMISSIONS, missingNeeds, permissionLabel } from "./permissions";

const labels = (keys: readonly string[]) => keys.map((k) => permissionLabel(k as never)).sort();

describe("built-in roles", () => {
  it("gives the Owner every permission", () => {
    expect([...BUILT_IN_ROLES.owner.permissions].sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it("gives the Admin everything except changing plans, payment methods and security settings", () => {
    const admin = new Set(BUILT_IN_ROLES.admin.permissions);
    const withheld = ALL_PERMISSIONS.filter((p) => !admin.has(p));
    expect(labels(withheld)).toEqual(["Change plans", "Manage security settings", "Update payment methods"]);
    expect(admin.size).toBe(ALL_PERMISSIONS.length - 3);
    expect(admin.has("billing.view")).toBe(true);
  });

  it("gives the Agent exactly the six day-to-day permissions", () => {
    expect(labels(BUILT_IN_ROLES.agent.permissions)).toEqual(
      ["View members", "View numbers", "View dashboards", "Listen to recordings", "View conversations", "Send messages"].sort(),
    );
    expect(new Set(BUILT_IN_ROLES.agent.permissions).size).toBe(6);
  });

  it.each(BUILT_IN_KINDS)("closes %s under needs", (kind) => {
    expect(missingNeeds(BUILT_IN_ROLES[kind].permissions)).toEqual([]);
  });

  it("names them Owner, Admin and Agent, with Agent the default", () => {
    expect(BUILT_IN_KINDS.map((k) => BUILT_IN_ROLES[k].name)).toEqual(["Owner", "Admin", "Agent"]);
    expect(DEFAULT_ROLE_KIND).toBe("agent");
    expect(isBuiltIn("owner")).toBe(true);
    expect(isBuiltIn("custom")).toBe(false);
  });
});

describe("imitatesBuiltIn", () => {
  it.each(["owner", "Admin ", "ＡＤＭＩＮ", "A.g.e.n.t", "OWNER!", " a g e n t ", "Ｏｗｎｅｒ"])("refuses %j", (name) => {
    expect(imitatesBuiltIn(name)).toBe(true);
  });

  it.each(["QA Lead", "Owners", "Admin Lite", "Agent 2", "Supervisor", ""])("allows %j", (name) => {
    expect(imitatesBuiltIn(name)).toBe(false);
  });

  it.each(["\u041Ewner", "\u039Fwner", "\u0391dmin", "Own\u0435r", "0wner", "Adrnin", "Ownér"])("refuses the look-alike %j", (name) => {
    expect(imitatesBuiltIn(name)).toBe(true);
  });
});
