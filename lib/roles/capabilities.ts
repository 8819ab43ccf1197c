// What the UI may offer a member for a role, with the reason when it may not. The server
// refuses the same things on its own (rules.ts, service.ts); this only explains them early.
import { can, configuredPermissions, type Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES, type RoleKind } from "@/lib/authz/built-in-roles";
import type { Permission } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { canUseCustomRoles, customRoleLimit, customRolesUnavailable, CUSTOM_ROLES_PLAN, planLabel } from "@/lib/plans";
import { assertCanAssign, assertCanChangeMember, assertCanChangeRole, assertKeepsAnOwner } from "./rules";

export type Allowed = { ok: true } | { ok: false; reason: string };

const yes: Allowed = { ok: true };
const no = (reason: string): Allowed => ({ ok: false, reason });

/** The server's rule, asked early: its refusal is the reason. */
function allowedBy(rule: () => void): Allowed {
  try {
    rule();
  } catch (error) {
    if (error instanceof DomainError) return no(error.message);
    throw error;
  }
  return yes;
}

export function canCreateRole(access: Access, customRoleCount: number): Allowed {
  if (!can(access, "roles.manage")) return no("Creating roles needs the Manage roles permission.");
  if (!canUseCustomRoles(access.plan)) return no(customRolesUnavailable(access.plan));
  const limit = customRoleLimit(access.plan);
  if (customRoleCount >= limit) {
    return no(`Your ${planLabel(access.plan)} plan includes up to ${limit} custom roles, and all are in use.`);
  }
  return yes;
}

export function canEditRole(access: Access, role: { kind: RoleKind; permissions: readonly string[] }): Allowed {
  if (role.kind !== "custom") {
    return no(`${BUILT_IN_ROLES[role.kind].name} is a built-in role and can't be changed. Duplicate it to make a custom role you can edit.`);
  }
  if (!can(access, "roles.manage")) return no("You can view this role. Changing roles needs the Manage roles permission.");
  if (!canUseCustomRoles(access.plan)) return no(`${customRolesUnavailable(access.plan)} This role is inactive until you upgrade.`);
  return allowedBy(() => assertCanChangeRole(access.permissions, role));
}

export function canDeleteRole(access: Access, role: { kind: RoleKind; permissions: readonly string[] }): Allowed {
  if (role.kind !== "custom") return no("Built-in roles can't be deleted.");
  if (!can(access, "roles.manage")) return no("Deleting roles needs the Manage roles permission.");
  return allowedBy(() => assertCanChangeRole(access.permissions, role));
}

/** The permissions a duplicate may keep: what the role grants that the person holds. */
export function duplicablePermissions(access: Access, granted: readonly Permission[]) {
  return {
    kept: granted.filter((p) => access.permissions.has(p)),
    dropped: granted.filter((p) => !access.permissions.has(p)),
  };
}

const actorFacts = (access: Access) => ({ memberId: access.memberId, roleKind: access.role.kind, permissions: access.permissions });

type MemberFacts = {
  id: string;
  roleId: string;
  roleKind: RoleKind;
  status: "active" | "deactivated";
  /** What their role is configured to grant: rank counts a kept custom role whole. */
  permissions: readonly Permission[];
};
type RoleFacts = { id: string; kind: RoleKind; name: string; permissions: readonly string[] };

/** Why this person cannot change the member's role at all, if they cannot (the server's rules, asked early). */
export function assignmentLock(access: Access, member: MemberFacts, activeOwners: number): string | undefined {
  if (!can(access, "roles.assign")) return "Changing roles needs the Assign roles permission.";
  try {
    assertCanChangeMember({ actor: actorFacts(access), member });
    // An Owner's only other choices are demotions.
    assertKeepsAnOwner(member, "agent", activeOwners);
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return undefined;
}

/** Each role, with the reason it can't be chosen for this member (the server's rules, asked early). */
export function assignmentOptions(access: Access, member: MemberFacts, roles: RoleFacts[], activeOwners: number) {
  return roles.map((role) => {
    let unavailable: string | undefined;
    try {
      if (role.kind === "custom" && !canUseCustomRoles(access.plan)) unavailable = `needs ${planLabel(CUSTOM_ROLES_PLAN)} plan`;
      else
        assertCanAssign({
          actor: actorFacts(access),
          member,
          target: { id: role.id, kind: role.kind, permissions: configuredPermissions(role.kind, role.permissions) },
          activeOwners,
        });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      unavailable = role.kind === "owner" ? "only Owners can assign" : "grants permissions you don't hold";
    }
    return {
      id: role.id,
      name: role.name,
      group: role.kind === "custom" ? ("Custom roles" as const) : ("Built-in roles" as const),
      unavailable,
    };
  });
}
