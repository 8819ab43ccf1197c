import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import type { Permission } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { assertCanEditProfile, assertCanInviteAs, assertCanResend, assertCanRevoke, assertCanSetStatus, type ActorFacts, type MemberFacts } from "./rules";

const owner: ActorFacts = { memberId: "owner", roleKind: "owner", permissions: new Set(BUILT_IN_ROLES.owner.permissions) };
const admin: ActorFacts = { memberId: "admin", roleKind: "admin", permissions: new Set(BUILT_IN_ROLES.admin.permissions) };
const deactivator: ActorFacts = { memberId: "d", roleKind: "custom", permissions: new Set<Permission>(["members.view", "members.deactivate"]) };

const member = (roleKind: MemberFacts["roleKind"], permissions: readonly Permission[], id = "m"): MemberFacts => ({
  id,
  roleId: `role-${roleKind}`,
  roleKind,
  status: "active",
  permissions,
});

const messageOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return null;
};

describe("assertCanInviteAs", () => {
  it("lets an Owner invite anyone, and an Admin anyone but an Owner", () => {
    expect(messageOf(() => assertCanInviteAs(owner, { kind: "owner", permissions: BUILT_IN_ROLES.owner.permissions }))).toBeNull();
    expect(messageOf(() => assertCanInviteAs(admin, { kind: "admin", permissions: BUILT_IN_ROLES.admin.permissions }))).toBeNull();
    expect(messageOf(() => assertCanInviteAs(admin, { kind: "owner", permissions: BUILT_IN_ROLES.owner.permissions }))).toBe(
      "Only an Owner can invite an Owner.",
    );
  });

  it("refuses a role granting what the inviter lacks", () => {
    expect(messageOf(() => assertCanInviteAs(deactivator, { kind: "custom", permissions: ["members.view", "numbers.view"] }))).toBe(
      "You can't grant permissions you don't hold yourself: View numbers.",
    );
    expect(messageOf(() => assertCanInviteAs(deactivator, { kind: "custom", permissions: ["members.view"] }))).toBeNull();
  });
});

describe("assertCanRevoke", () => {
  it("follows the invite rule", () => {
    expect(messageOf(() => assertCanRevoke(admin, { kind: "owner", permissions: BUILT_IN_ROLES.owner.permissions }))).toBe(
      "Only an Owner can revoke an invitation to be an Owner.",
    );
    expect(messageOf(() => assertCanRevoke(deactivator, { kind: "agent", permissions: BUILT_IN_ROLES.agent.permissions }))).toMatch(
      /^You can't revoke an invitation to a role with permissions you don't hold: View numbers/,
    );
    expect(messageOf(() => assertCanRevoke(owner, { kind: "owner", permissions: BUILT_IN_ROLES.owner.permissions }))).toBeNull();
  });
});

describe("assertCanResend", () => {
  it("follows the invite rule", () => {
    expect(messageOf(() => assertCanResend(admin, { kind: "owner", permissions: BUILT_IN_ROLES.owner.permissions }))).toBe(
      "Only an Owner can resend an invitation to be an Owner.",
    );
    expect(messageOf(() => assertCanResend(deactivator, { kind: "agent", permissions: BUILT_IN_ROLES.agent.permissions }))).toMatch(
      /^You can't resend an invitation to a role with permissions you don't hold: View numbers/,
    );
    expect(messageOf(() => assertCanResend(admin, { kind: "agent", permissions: BUILT_IN_ROLES.agent.permissions }))).toBeNull();
  });
});

describe("assertCanSetStatus", () => {
  it("refuses changing your own account", () => {
    expect(messageOf(() => assertCanSetStatus(owner, member("owner", BUILT_IN_ROLES.owner.permissions, "owner"), "deactivated", 2))).toBe(
      "You can't deactivate your own account. Ask another admin.",
    );
  });

  it("lets only Owners deactivate or reactivate an Owner", () => {
    const other = member("owner", BUILT_IN_ROLES.owner.permissions);
    expect(messageOf(() => assertCanSetStatus(admin, other, "deactivated", 2))).toBe("Only an Owner can deactivate an Owner.");
    expect(messageOf(() => assertCanSetStatus(admin, { ...other, status: "deactivated" }, "active", 1))).toBe("Only an Owner can reactivate an Owner.");
    expect(messageOf(() => assertCanSetStatus(owner, other, "deactivated", 2))).toBeNull();
  });

  it("never deactivates the last active Owner", () => {
    expect(messageOf(() => assertCanSetStatus(owner, member("owner", BUILT_IN_ROLES.owner.permissions), "deactivated", 1))).toBe(
      "This is the last active Owner. Make someone else an Owner first.",
    );
  });

  it("refuses someone who outranks the actor, either way", () => {
    const agent = member("agent", BUILT_IN_ROLES.agent.permissions);
    expect(messageOf(() => assertCanSetStatus(deactivator, agent, "deactivated", 1))).toMatch(/^You can't deactivate someone who holds permissions you don't:/);
    expect(messageOf(() => assertCanSetStatus(deactivator, { ...agent, status: "deactivated" }, "active", 1))).toMatch(/^You can't reactivate someone/);
    expect(messageOf(() => assertCanSetStatus(deactivator, member("custom", ["members.view"]), "deactivated", 1))).toBeNull();
    expect(messageOf(() => assertCanSetStatus(admin, agent, "deactivated", 1))).toBeNull();
  });
});

describe("assertCanEditProfile", () => {
  const editor: ActorFacts = { memberId: "e", roleKind: "custom", permissions: new Set<Permission>(["members.view", "members.edit"]) };

  it("lets anyone holding Edit profiles edit their own", () => {
    expect(messageOf(() => assertCanEditProfile(editor, member("custom", ["members.view", "members.edit"], "e")))).toBeNull();
  });

  it("lets only Owners edit an Owner's profile", () => {
    const other = member("owner", BUILT_IN_ROLES.owner.permissions);
    expect(messageOf(() => assertCanEditProfile(admin, other))).toBe("Only an Owner can edit an Owner's profile.");
    expect(messageOf(() => assertCanEditProfile(owner, other))).toBeNull();
  });

  it("refuses someone who outranks the editor", () => {
    expect(messageOf(() => assertCanEditProfile(editor, member("agent", BUILT_IN_ROLES.agent.permissions)))).toMatch(
      /^You can't edit the profile of someone who holds permissions you don't:/,
    );
    expect(messageOf(() => assertCanEditProfile(editor, member("custom", ["members.view"])))).toBeNull();
    expect(messageOf(() => assertCanEditProfile(admin, member("agent", BUILT_IN_ROLES.agent.permissions)))).toBeNull();
  });
});
