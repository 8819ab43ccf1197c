// Team Management's escalation guards: pure functions, each tested on its own. They follow
// the role rules (lib/roles/rules.ts): nobody hands out or takes away more than they hold.
import type { Access } from "@/lib/authz/check";
import type { RoleKind } from "@/lib/authz/built-in-roles";
import { permissionLabel, type Permission } from "@/lib/authz/permissions";
import { forbidden } from "@/lib/errors";
import { assertCanGrant, assertKeepsAnOwner } from "@/lib/roles/rules";

export type ActorFacts = { memberId: string; roleKind: RoleKind; permissions: ReadonlySet<Permission> };

export const actorFacts = (access: Access): ActorFacts => ({
  memberId: access.memberId,
  roleKind: access.role.kind,
  permissions: access.permissions,
});

export type MemberFacts = {
  id: string;
  roleId: string;
  roleKind: RoleKind;
  status: "active" | "deactivated";
  /** What the member's role is configured to grant (a kept custom role below Business counts whole: an upgrade gives it back). */
  permissions: readonly Permission[];
};

export type InvitedRole = { kind: RoleKind; permissions: readonly Permission[] };

const list = (keys: readonly Permission[]) => keys.map(permissionLabel).join(", ");

/** Inviting someone with a role hands out what it grants: the same rule as assigning it. */
export function assertCanInviteAs(actor: ActorFacts, role: InvitedRole): void {
  if (role.kind === "owner" && actor.roleKind !== "owner") throw forbidden("Only an Owner can invite an Owner.");
  assertCanGrant(actor.permissions, role.permissions);
}

/** Revoking is refused where inviting would be: nobody cancels what they could not have sent. */
export function assertCanRevoke(actor: ActorFacts, role: InvitedRole): void {
  if (role.kind === "owner" && actor.roleKind !== "owner") throw forbidden("Only an Owner can revoke an invitation to be an Owner.");
  const beyond = role.permissions.filter((p) => !actor.permissions.has(p));
  if (beyond.length > 0) {
    throw forbidden(`You can't revoke an invitation to a role with permissions you don't hold: ${list(beyond)}.`);
  }
}

/** A new link hands the role out again: refused wherever inviting to it or revoking it would be. */
export function assertCanResend(actor: ActorFacts, role: InvitedRole): void {
  if (role.kind === "owner" && actor.roleKind !== "owner") throw forbidden("Only an Owner can resend an invitation to be an Owner.");
  const beyond = role.permissions.filter((p) => !actor.permissions.has(p));
  if (beyond.length > 0) {
    throw forbidden(`You can't resend an invitation to a role with permissions you don't hold: ${list(beyond)}.`);
  }
}

/**
 * May the actor edit this member's profile (name, title, extension: where their calls ring)?
 * Their own always; an Owner's only as an Owner; never someone who outranks them.
 */
export function assertCanEditProfile(actor: ActorFacts, member: MemberFacts): void {
  if (member.id === actor.memberId) return;
  if (member.roleKind === "owner" && actor.roleKind !== "owner") throw forbidden("Only an Owner can edit an Owner's profile.");
  const outranks = member.permissions.filter((p) => !actor.permissions.has(p));
  if (outranks.length > 0) {
    throw forbidden(`You can't edit the profile of someone who holds permissions you don't: ${list(outranks)}.`);
  }
}

/**
 * May the actor deactivate or reactivate this member? Not themselves, an Owner only by an
 * Owner, nobody who outranks them, and never the last active Owner.
 */
export function assertCanSetStatus(actor: ActorFacts, member: MemberFacts, to: "active" | "deactivated", activeOwners: number): void {
  const verb = to === "deactivated" ? "deactivate" : "reactivate";
  if (member.id === actor.memberId) throw forbidden(`You can't ${verb} your own account. Ask another admin.`);
  if (member.roleKind === "owner" && actor.roleKind !== "owner") throw forbidden(`Only an Owner can ${verb} an Owner.`);
  const outranks = member.permissions.filter((p) => !actor.permissions.has(p));
  if (outranks.length > 0) {
    throw forbidden(`You can't ${verb} someone who holds permissions you don't: ${list(outranks)}.`);
  }
  // Deactivating an Owner takes the Owner role out of use, as a demotion would.
  if (to === "deactivated") assertKeepsAnOwner(member, "agent", activeOwners);
}
