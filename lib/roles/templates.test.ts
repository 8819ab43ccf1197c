import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES, imitatesBuiltIn } from "@/lib/authz/built-in-roles";
import { isPermission, missingNeeds } from "@/lib/authz/permissions";
import { roleDescription, roleName } from "./schema";
import { findTemplate, ROLE_TEMPLATES, roleOrigin, TEMPLATE_KEYS, templatePermissions } from "./templates";

describe("role templates", () => {
  it("offers the five job functions of the issue", () => {
    expect(ROLE_TEMPLATES.map((t) => t.name)).toEqual(["QA Supervisor", "Sales Manager", "Billing Admin", "Regional Manager", "Read-only Auditor"]);
    expect(new Set(TEMPLATE_KEYS).size).toBe(ROLE_TEMPLATES.length);
  });

  it.each(ROLE_TEMPLATES.map((t) => [t.name, t] as const))("%s names only registry permissions, each with its needs", (_name, template) => {
    expect(template.permissions.length).toBeGreaterThan(0);
    expect(template.permissions.filter((key) => !isPermission(key))).toEqual([]);
    expect(missingNeeds(template.permissions)).toEqual([]);
    expect(new Set(template.permissions).size).toBe(template.permissions.length);
  });

  it.each(ROLE_TEMPLATES.map((t) => [t.name, t] as const))("%s has a name and description the role form accepts", (_name, template) => {
    expect(roleName.safeParse(template.name).success).toBe(true);
    expect(imitatesBuiltIn(template.name)).toBe(false);
    expect(roleDescription.safeParse(template.description).success).toBe(true);
    expect(template.description.length).toBeGreaterThan(0);
  });

  it("keeps the read-only auditor free of every permission that changes something", () => {
    const auditor = findTemplate("read-only-auditor")!;
    const writes = auditor.permissions.filter((p) => !/\.(view|listen|teamStats|individualStats)$/.test(p));
    expect(writes).toEqual([]);
  });

  it("grants no template more than Admin, so an Admin can create every one", () => {
    const admin = new Set(BUILT_IN_ROLES.admin.permissions);
    for (const template of ROLE_TEMPLATES.filter((t) => t.key !== "billing-admin")) {
      expect(
        template.permissions.filter((p) => !admin.has(p)),
        template.name,
      ).toEqual([]);
    }
  });

  it("finds templates by key, in registry order, and nothing for unknown keys", () => {
    expect(findTemplate("qa-supervisor")?.name).toBe("QA Supervisor");
    expect(findTemplate("owner")).toBeNull();
    expect(templatePermissions(findTemplate("qa-supervisor")!)).toEqual([
      "members.view",
      "analytics.view",
      "analytics.individualStats",
      "recordings.listen",
      "messaging.view",
    ]);
  });
});

describe("roleOrigin", () => {
  it("names a built-in role from code, a template by its key, and nothing else", () => {
    expect(roleOrigin("admin")).toEqual({ key: "admin", name: "Admin", source: "built-in", permissions: [...BUILT_IN_ROLES.admin.permissions] });
    expect(roleOrigin("billing-admin")).toMatchObject({
      name: "Billing Admin",
      source: "template",
      permissions: ["members.view", "numbers.view", "billing.view", "billing.plan", "billing.payment"],
    });
    expect(roleOrigin(null)).toBeNull();
    expect(roleOrigin("custom")).toBeNull();
    expect(roleOrigin("a-template-since-removed")).toBeNull();
  });
});
