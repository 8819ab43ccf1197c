// What the team screens may offer a member, with the reason when they may not. The server
// refuses the same things on its own (rules.ts and the services); this only explains early.
import { unverifiedLock } from "@/lib/account/email-verification";
import { can, configuredPermissions, needsMessage, type Access } from "@/lib/authz/check";
import type { RoleKind } from "@/lib/authz/built-in-roles";
import { DomainError } from "@/lib/errors";
import { canUseCustomRoles, CUSTOM_ROLES_PLAN, customRolesUnavailable, planLabel } from "@/lib/plans";
import { actorFacts, assertCanEditProfile, assertCanInviteAs, assertCanResend, assertCanRevoke, assertCanSetStatus, type MemberFacts } from "./rules";

type RoleFacts = { id: string; kind: RoleKind; name: string; permissions: readonly string[] };

function reasonOf(check: () => void): string | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return undefined;
}

export const inviteLock = (access: Access) =>
  can(access, "members.invite") ? unverifiedLock(access, "Inviting members") : needsMessage("members.invite", "Inviting members");

/** Each role an invitation could carry, with the reason it can't be chosen. */
export function inviteRoleOptions(access: Access, roles: RoleFacts[]) {
  return roles.map((role) => {
    let unavailable: string | undefined;
    if (role.kind === "custom" && !canUseCustomRoles(access.plan)) unavailable = `needs ${planLabel(CUSTOM_ROLES_PLAN)} plan`;
    else if (reasonOf(() => assertCanInviteAs(actorFacts(access), { kind: role.kind, permissions: configuredPermissions(role.kind, role.permissions) }))) {
      unavailable = role.kind === "owner" ? "only Owners can invite Owners" : "grants permissions you don't hold";
    }
    return { id: role.id, name: role.name, custom: role.kind === "custom", unavailable };
  });
}

/** Why this person can't revoke this invitation, or without one, any invitation; undefined when they can. */
export function revokeLock(access: Access, role?: { kind: RoleKind; permissions: readonly string[] }): string | undefined {
  if (!can(access, "members.invite")) return needsMessage("members.invite", "Revoking invitations");
  if (!role) return undefined;
  return reasonOf(() => assertCanRevoke(actorFacts(access), { kind: role.kind, permissions: configuredPermissions(role.kind, role.permissions) }));
}

/** Why this person can't send this invitation again; undefined when they can. */
export function resendLock(access: Access, role: { kind: RoleKind; permissions: readonly string[] }): string | undefined {
  if (!can(access, "members.invite")) return needsMessage("members.invite", "Resending invitations");
  if (role.kind === "custom" && !canUseCustomRoles(access.plan)) return customRolesUnavailable(access.plan);
  return reasonOf(() => assertCanResend(actorFacts(access), { kind: role.kind, permissions: configuredPermissions(role.kind, role.permissions) }));
}

export function profileLock(access: Access, member: Omit<MemberFacts, "permissions"> & { rolePermissions: readonly string[] }) {
  if (!can(access, "members.edit")) return needsMessage("members.edit", "Editing profiles");
  const facts = { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) };
  return reasonOf(() => assertCanEditProfile(actorFacts(access), facts));
}

export function statusLock(access: Access, member: Omit<MemberFacts, "permissions"> & { rolePermissions: readonly string[] }, activeOwners: number) {
  if (!can(access, "members.deactivate")) return needsMessage("members.deactivate", "Deactivating and reactivating accounts");
  const to = member.status === "active" ? "deactivated" : "active";
  const facts = { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) };
  return reasonOf(() => assertCanSetStatus(actorFacts(access), facts, to, activeOwners));
}
