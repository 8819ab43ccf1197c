import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { assertCanAssign, assertCanChangeRole, assertCanGrant, assertCustom, assertNeedsMet, type AssignmentFacts } from "./rules";

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal, got none");
}

const set = (keys: readonly Permission[]) => new Set<Permission>(keys);

describe("assertCanGrant", () => {
  it("allows granting a subset of what the actor holds", () => {
    expect(() => assertCanGrant(set(ALL_PERMISSIONS), ALL_PERMISSIONS)).not.toThrow();
    expect(() => assertCanGrant(set(["members.view", "roles.assign"]), ["members.view"])).not.toThrow();
    expect(() => assertCanGrant(set([]), [])).not.toThrow();
  });

  it("refuses anything beyond, naming exactly what is beyond", () => {
    const error = refusal(() => assertCanGrant(set(BUILT_IN_ROLES.admin.permissions), ["billing.view", "billing.plan", "billing.payment"]));
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("You can't grant permissions you don't hold yourself: Change plans, Update payment methods.");
  });
});

describe("assertCanChangeRole", () => {
  it("counts everything a custom role is configured to grant, as stored", () => {
    const error = refusal(() =>
      assertCanChangeRole(set(BUILT_IN_ROLES.admin.permissions), { kind: "custom", permissions: ["billing.view", "billing.plan", "gone.key"] }),
    );
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("This role grants permissions you don't hold (Change plans), so you can't change it.");
    expect(() => assertCanChangeRole(set(ALL_PERMISSIONS), { kind: "custom", permissions: ["billing.view", "billing.plan"] })).not.toThrow();
  });

  it("counts a built-in role by its code, whatever its row says", () => {
    expect(() => assertCanChangeRole(set(BUILT_IN_ROLES.admin.permissions), { kind: "owner", permissions: [] })).toThrow(DomainError);
  });
});

describe("assertNeedsMet", () => {
  it("allows closed sets", () => {
    expect(() => assertNeedsMet([])).not.toThrow();
    expect(() => assertNeedsMet(["roles.manage", "roles.assign", "members.view"])).not.toThrow();
  });

  it("refuses a permission without its needs, as a field error on permissions", () => {
    const error = refusal(() => assertNeedsMet(["recordings.download"]));
    expect(error.code).toBe("invalid");
    expect(error.message).toBe("Download files needs Listen to recordings.");
    expect(error.fieldErrors).toEqual({ permissions: [error.message] });
  });

  it("refuses transitive gaps too", () => {
    const error = refusal(() => assertNeedsMet(["roles.manage", "roles.assign"]));
    expect(error.message).toMatch(/View members/);
  });
});

describe("assertCustom", () => {
  it("allows custom roles", () => {
    expect(() => assertCustom("custom")).not.toThrow();
  });

  it.each(["owner", "admin", "agent"] as const)("refuses changing the built-in %s", (kind) => {
    const error = refusal(() => assertCustom(kind));
    expect(error.code).toBe("forbidden");
    expect(error.message).toContain(BUILT_IN_ROLES[kind].name);
  });
});

describe("assertCanAssign", () => {
  const facts = (over: {
    actor?: Partial<AssignmentFacts["actor"]>;
    member?: Partial<AssignmentFacts["member"]>;
    target?: Partial<AssignmentFacts["target"]>;
    activeOwners?: number;
  }): AssignmentFacts => ({
    actor: { memberId: "actor", roleKind: "admin", permissions: set(BUILT_IN_ROLES.admin.permissions), ...over.actor },
    member: {
      id: "member",
      roleKind: "agent",
      roleId: "agent-role",
      status: "active",
      permissions: BUILT_IN_ROLES.agent.permissions,
      ...over.member,
    },
    target: { id: "custom-role", kind: "custom", permissions: ["members.view"], ...over.target },
    activeOwners: over.activeOwners ?? 1,
  });
  const owner = { memberId: "actor", roleKind: "owner" as const, permissions: set(ALL_PERMISSIONS) };
  const ownerRole = { id: "owner-role", kind: "owner" as const, permissions: ALL_PERMISSIONS };
  const agentRole = { id: "agent-role", kind: "agent" as const, permissions: BUILT_IN_ROLES.agent.permissions };

  it("allows an Admin to move an Agent to a role within their permissions", () => {
    expect(() => assertCanAssign(facts({}))).not.toThrow();
  });

  it("refuses changing one's own role, even for an Owner", () => {
    const error = refusal(() =>
      assertCanAssign(facts({ actor: owner, member: { id: "actor", roleKind: "owner", permissions: ALL_PERMISSIONS }, target: ownerRole, activeOwners: 2 })),
    );
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("You can't change your own role. Ask another admin.");
  });

  it("refuses a non-Owner making an Owner", () => {
    const error = refusal(() => assertCanAssign(facts({ actor: { permissions: set(ALL_PERMISSIONS) }, target: ownerRole })));
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("Only an Owner can give or take away the Owner role.");
  });

  it("refuses a non-Owner unmaking an Owner", () => {
    const error = refusal(() =>
      assertCanAssign(facts({ member: { roleKind: "owner", roleId: "owner-role", permissions: ALL_PERMISSIONS }, target: agentRole, activeOwners: 3 })),
    );
    expect(error.message).toBe("Only an Owner can give or take away the Owner role.");
  });

  it("allows an Owner to make and unmake Owners", () => {
    expect(() => assertCanAssign(facts({ actor: owner, target: ownerRole }))).not.toThrow();
    expect(() =>
      assertCanAssign(
        facts({ actor: owner, member: { roleKind: "owner", roleId: "owner-role", permissions: ALL_PERMISSIONS }, target: agentRole, activeOwners: 2 }),
      ),
    ).not.toThrow();
  });

  it("refuses demoting the last active Owner", () => {
    const error = refusal(() =>
      assertCanAssign(
        facts({ actor: owner, member: { roleKind: "owner", roleId: "owner-role", permissions: ALL_PERMISSIONS }, target: agentRole, activeOwners: 1 }),
      ),
    );
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("This is the last active Owner. Make someone else an Owner first.");
  });

  it("allows demoting a deactivated Owner while one active Owner remains", () => {
    expect(() =>
      assertCanAssign(
        facts({
          actor: owner,
          member: { roleKind: "owner", roleId: "owner-role", status: "deactivated", permissions: ALL_PERMISSIONS },
          target: agentRole,
          activeOwners: 1,
        }),
      ),
    ).not.toThrow();
  });

  it("refuses assigning a role that grants more than the actor holds", () => {
    const error = refusal(() => assertCanAssign(facts({ target: { permissions: ["billing.view", "billing.plan"] } })));
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("You can't grant permissions you don't hold yourself: Change plans.");
  });

  it("refuses changing the role of someone who holds permissions the actor lacks", () => {
    const qaLead = { memberId: "actor", roleKind: "custom" as const, permissions: set(["members.view", "roles.assign"]) };
    const error = refusal(() =>
      assertCanAssign(facts({ actor: qaLead, member: { roleKind: "admin", permissions: BUILT_IN_ROLES.admin.permissions }, target: agentRole })),
    );
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/^You can't change the role of someone who holds permissions you don't: /);
  });

  it("allows an Admin to move a custom-role holder to Agent", () => {
    expect(() => assertCanAssign(facts({ member: { roleKind: "custom", roleId: "x" }, target: agentRole }))).not.toThrow();
  });
});
