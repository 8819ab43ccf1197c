// The UI explains the server's refusals early: a role granting more than you hold can be
// neither edited nor deleted (the server's rule is in rules.ts, tested in test/attack).
import { describe, expect, it } from "vitest";
import type { Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { deleteRoleLock, editRoleLock } from "./capabilities";

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
  emailVerified: true,
  sessionId: null,
  twoFactorOn: false,
  twoFactorRequired: false,
};

describe("a role granting Change plans, seen by an Admin", () => {
  const role = { kind: "custom" as const, permissions: ["billing.view", "billing.plan"] };

  it("cannot be edited or deleted, naming what is beyond", () => {
    expect(editRoleLock(admin, role)).toEqual(expect.stringContaining("Change plans"));
    expect(deleteRoleLock(admin, role)).toEqual(expect.stringContaining("Change plans"));
  });

  it("a role within the Admin's permissions can be both", () => {
    const within = { kind: "custom" as const, permissions: ["billing.view"] };
    expect(editRoleLock(admin, within)).toBeUndefined();
    expect(deleteRoleLock(admin, within)).toBeUndefined();
  });
});

describe("a kept custom role granting Change plans, after a downgrade to Starter", () => {
  const role = { kind: "custom" as const, permissions: ["billing.view", "billing.plan"] };
  const onStarter = { ...admin, plan: "starter" as const };

  it("is offered to an Admin for neither deleting nor editing, as the server refuses both", () => {
    expect(deleteRoleLock(onStarter, role)).toEqual(expect.stringContaining("Change plans"));
    expect(editRoleLock(onStarter, role)).toEqual(expect.stringContaining("Starter"));
  });

  it("a kept role within the Admin's permissions can still be deleted", () => {
    expect(deleteRoleLock(onStarter, { kind: "custom", permissions: ["billing.view"] })).toBeUndefined();
  });
});
