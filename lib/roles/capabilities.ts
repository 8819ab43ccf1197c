// What the UI may offer a member for a role, with the reason when it may not. The server
// refuses the same things on its own (rules.ts, service.ts); this only explains them early.
import { can, configuredPermissions, needsMessage, type Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES, type RoleKind } from "@/lib/authz/built-in-roles";
import type { Permission } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { canUseCustomRoles, customRoleLimit, customRolesUnavailable, CUSTOM_ROLES_PLAN, planLabel } from "@/lib/plans";
import { assertCanAssign, assertCanChangeMember, assertCanChangeRole, assertKeepsAnOwner, directoryRoleMessage } from "./rules";

/** The server's rule, asked early: its refusal is the reason. */
function reasonOf(rule: () => void): string | undefined {
  try {
    rule();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return undefined;
}

/** Why this person can't create (or duplicate) a role, or undefined when they can. */
export function createRoleLock(access: Access, customRoleCount: number): string | undefined {
  if (!can(access, "roles.manage")) return needsMessage("roles.manage", "Creating roles");
  if (!canUseCustomRoles(access.plan)) return customRolesUnavailable(access.plan);
  const limit = customRoleLimit(access.plan);
  if (customRoleCount >= limit) return `Your ${planLabel(access.plan)} plan includes up to ${limit} custom roles, and all are in use.`;
  return undefined;
}

/** Why this person can't change this role (edit, restore, review), or undefined when they can. */
export function editRoleLock(access: Access, role: { kind: RoleKind; permissions: readonly string[] }): string | undefined {
  if (role.kind !== "custom") {
    return `${BUILT_IN_ROLES[role.kind].name} is a built-in role and can't be changed. Duplicate it to make a custom role you can edit.`;
  }
  if (!can(access, "roles.manage")) return `You can view this role. ${needsMessage("roles.manage", "Changing roles")}`;
  if (!canUseCustomRoles(access.plan)) return `${customRolesUnavailable(access.plan)} This role is inactive until you upgrade.`;
  return reasonOf(() => assertCanChangeRole(access.permissions, role));
}

export function deleteRoleLock(access: Access, role: { kind: RoleKind; permissions: readonly string[] }): string | undefined {
  if (role.kind !== "custom") return "Built-in roles can't be deleted.";
  if (!can(access, "roles.manage")) return needsMessage("roles.manage", "Deleting roles");
  return reasonOf(() => assertCanChangeRole(access.permissions, role));
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
export function assignmentLock(
  access: Access,
  member: MemberFacts & { roleSource?: "manual" | "directory"; directoryGroupName?: string | null },
  activeOwners: number,
): string | undefined {
  if (!can(access, "roles.assign")) return needsMessage("roles.assign", "Changing roles");
  // The server refuses the same (lib/roles/service.ts assignRoleIn).
  if (member.roleSource === "directory") return directoryRoleMessage(member.directoryGroupName ?? null);
  return reasonOf(() => {
    assertCanChangeMember({ actor: actorFacts(access), member });
    // An Owner's only other choices are demotions.
    assertKeepsAnOwner(member, "agent", activeOwners);
  });
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
