import type { Db } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import { canUseCustomRoles, type Plan } from "@/lib/plans";
import { BUILT_IN_ROLES, type RoleKind } from "./built-in-roles";
import { isPermission, permissionLabel, type Permission } from "./permissions";
import { forbidden } from "@/lib/errors";

export type Access = {
  memberId: string;
  orgId: string;
  orgName: string;
  name: string;
  email: string;
  plan: Plan;
  role: { id: string; kind: RoleKind; name: string };
  permissions: ReadonlySet<Permission>;
  /** A custom role kept through a downgrade: its holder acts as an Agent meanwhile. */
  customRoleInactive: boolean;
};

/** What a role is set to grant: built-ins from code, custom roles from their row. */
export function configuredPermissions(kind: RoleKind, stored: readonly string[]): Permission[] {
  return kind === "custom" ? stored.filter(isPermission) : [...BUILT_IN_ROLES[kind].permissions];
}

/** What a role grants on a plan: a custom role on a plan without them acts as Agent. */
export function rolePermissions(kind: RoleKind, stored: readonly string[], plan: Plan): Permission[] {
  if (kind === "custom" && !canUseCustomRoles(plan)) return configuredPermissions("agent", []);
  return configuredPermissions(kind, stored);
}

/** Fresh from the database on every call: no cache can serve a decision older than a commit. */
export async function loadAccess(db: Db, memberId: string): Promise<Access | null> {
  return accessFromRow(await findAccessRow(db, memberId));
}

export function accessFromRow(row: AccessRow | null): Access | null {
  if (!row || row.status !== "active") return null;
  return {
    memberId: row.memberId,
    orgId: row.orgId,
    orgName: row.orgName,
    name: row.name,
    email: row.email,
    plan: row.plan,
    role: { id: row.roleId, kind: row.roleKind, name: row.roleName },
    permissions: new Set(rolePermissions(row.roleKind, row.rolePermissions, row.plan)),
    customRoleInactive: row.roleKind === "custom" && !canUseCustomRoles(row.plan),
  };
}

export function can(access: Pick<Access, "permissions">, permission: Permission): boolean {
  return access.permissions.has(permission);
}

export function lackingMessage(permission: Permission): string {
  return `You need the “${permissionLabel(permission)}” permission to do this.`;
}

export function requirePermission(access: Pick<Access, "permissions">, permission: Permission): void {
  if (!can(access, permission)) throw forbidden(lackingMessage(permission));
}
