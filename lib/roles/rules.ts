// Escalation guards: pure functions, so each rule is tested on its own.
import { configuredPermissions } from "@/lib/authz/check";
import { BUILT_IN_ROLES, type RoleKind } from "@/lib/authz/built-in-roles";
import { missingNeeds, permissionLabel, type Permission } from "@/lib/authz/permissions";
import { forbidden, invalid } from "@/lib/errors";

const list = (keys: Iterable<Permission>) => [...keys].map(permissionLabel).join(", ");

/** Nobody creates, edits or assigns a role that grants what they do not hold (Kubernetes' rule). */
export function assertCanGrant(actor: ReadonlySet<Permission>, granted: Iterable<Permission>): void {
  const beyond = [...granted].filter((p) => !actor.has(p));
  if (beyond.length > 0) {
    throw forbidden(`You can't grant permissions you don't hold yourself: ${list(beyond)}.`);
  }
}

/**
 * Nobody edits, reviews or deletes a role that already grants what they do not hold: taking
 * access away from its holders is power over people who outrank them. Counted on what the role
 * is configured to grant: a custom role kept inactive through a downgrade grants it all again
 * on the next upgrade.
 */
export function assertCanChangeRole(actor: ReadonlySet<Permission>, role: { kind: RoleKind; permissions: readonly string[] }): void {
  const beyond = configuredPermissions(role.kind, role.permissions).filter((p) => !actor.has(p));
  if (beyond.length > 0) {
    throw forbidden(`This role grants permissions you don't hold (${list(beyond)}), so you can't change it.`);
  }
}

export function assertNeedsMet(permissions: Iterable<Permission>): void {
  const gaps = missingNeeds(permissions);
  if (gaps.length === 0) return;
  const message = gaps.map((gap) => `${permissionLabel(gap.key)} needs ${list(gap.missing)}.`).join(" ");
  throw invalid(message, { permissions: [message] });
}

export function assertCustom(kind: RoleKind): void {
  if (kind !== "custom") {
    throw forbidden(`${BUILT_IN_ROLES[kind].name} is a built-in role: duplicate it to make a role you can change.`);
  }
}

export type AssignmentFacts = {
  /** memberId null: the directory (lib/directory), which is nobody's own role. */
  actor: { memberId: string | null; roleKind: RoleKind; permissions: ReadonlySet<Permission> };
  member: {
    id: string;
    roleKind: RoleKind;
    roleId: string;
    status: "active" | "deactivated";
    /** What the member's current role is configured to grant (configuredPermissions): a kept custom role counts whole. */
    permissions: readonly Permission[];
  };
  /** What the role is configured to grant (configuredPermissions). */
  target: { id: string; kind: RoleKind; permissions: readonly Permission[] };
  activeOwners: number;
};

/** May the actor change this member's role at all, whatever the new role? */
export function assertCanChangeMember({ actor, member }: Pick<AssignmentFacts, "actor" | "member">): void {
  if (member.id === actor.memberId) throw forbidden("You can't change your own role. Ask another admin.");
  if (member.roleKind === "owner" && actor.roleKind !== "owner") {
    throw forbidden("Only an Owner can give or take away the Owner role.");
  }
  // Nobody rearranges someone who outranks them: taking access away is also power.
  const outranks = member.permissions.filter((p) => !actor.permissions.has(p));
  if (outranks.length > 0) {
    throw forbidden(`You can't change the role of someone who holds permissions you don't: ${list(outranks)}.`);
  }
}

/** The organisation always keeps an active Owner. */
export function assertKeepsAnOwner(member: AssignmentFacts["member"], targetKind: RoleKind, activeOwners: number): void {
  if (member.roleKind === "owner" && targetKind !== "owner" && member.status === "active" && activeOwners <= 1) {
    throw forbidden("This is the last active Owner. Make someone else an Owner first.");
  }
}

export function assertCanAssign({ actor, member, target, activeOwners }: AssignmentFacts): void {
  assertCanChangeMember({ actor, member });
  if (target.kind === "owner" && actor.roleKind !== "owner") {
    throw forbidden("Only an Owner can give or take away the Owner role.");
  }
  assertKeepsAnOwner(member, target.kind, activeOwners);
  assertCanGrant(actor.permissions, target.permissions);
}

/** Why a member's role can't be changed by hand: it follows their directory groups. */
export function directoryRoleMessage(groupName: string | null): string {
  return groupName
    ? `Role managed by your directory group ${groupName}.`
    : "Role managed by your directory: this member is in no mapped group, so they have the default role.";
}
