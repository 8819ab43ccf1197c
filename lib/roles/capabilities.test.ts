// The UI explains the server's refusals early: a role granting more than you hold can be
// neither edited nor deleted (the server's rule is in rules.ts, tested in test/attack).
import { describe, expect, it } from "vitest";
import type { Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { canDeleteRole, canEditRole } from "./capabilities";

const admin: Access = {
  memberId: "m",
  orgId: "o",
  orgName: "Org",
  name: "Adam Admin",
  email: "admin@example.test",
  plan: "business",
  role: { id: "r", kind: "admin", name: "Admin" },
  permissions: new Set(BUILT_IN_ROLES.admin.permissions),
  customRoleInactive: false,
  sessionId: null,
};

describe("a role granting Change plans, seen by an Admin", () => {
  const role = { kind: "custom" as const, permissions: ["billing.view", "billing.plan"] };

  it("cannot be edited or deleted, naming what is beyond", () => {
    expect(canEditRole(admin, role)).toEqual({ ok: false, reason: expect.stringContaining("Change plans") });
    expect(canDeleteRole(admin, role)).toEqual({ ok: false, reason: expect.stringContaining("Change plans") });
  });

  it("a role within the Admin's permissions can be both", () => {
    const within = { kind: "custom" as const, permissions: ["billing.view"] };
    expect(canEditRole(admin, within)).toEqual({ ok: true });
    expect(canDeleteRole(admin, within)).toEqual({ ok: true });
  });
});

describe("a kept custom role granting Change plans, after a downgrade to Starter", () => {
  const role = { kind: "custom" as const, permissions: ["billing.view", "billing.plan"] };
  const onStarter = { ...admin, plan: "starter" as const };

  it("is offered to an Admin for neither deleting nor editing, as the server refuses both", () => {
    expect(canDeleteRole(onStarter, role)).toEqual({ ok: false, reason: expect.stringContaining("Change plans") });
    expect(canEditRole(onStarter, role)).toEqual({ ok: false, reason: expect.stringContaining("Starter") });
  });

  it("a kept role within the Admin's permissions can still be deleted", () => {
    expect(canDeleteRole(onStarter, { kind: "custom", permissions: ["billing.view"] })).toEqual({ ok: true });
  });
});
