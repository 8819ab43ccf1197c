import type { Db } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import type { SessionClaims } from "@/lib/auth/session-token";
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

/**
 * THE decision whether a session still stands, for the proxy, pages, actions and route
 * handlers alike: the row must be the session's member, active, and at the session's epoch.
 * A deactivated member's session and one from before a password change end the same way.
 */
export function accessForSession(row: AccessRow | null, session: SessionClaims | null): Access | null {
  if (!row || !session || row.memberId !== session.memberId || row.sessionEpoch !== session.epoch) return null;
  return accessFromRow(row);
}

/** A request's access, fresh from the database: no cache can serve a decision older than a commit. */
export async function loadSessionAccess(db: Db, session: SessionClaims | null): Promise<Access | null> {
  return session ? accessForSession(await findAccessRow(db, session.memberId), session) : null;
}

/**
 * A member's access whatever session asks, for tests and scripts. Requests go through
 * loadSessionAccess/accessForSession, which also end sessions older than a password change.
 */
export async function loadAccess(db: Db, memberId: string): Promise<Access | null> {
  return accessFromRow(await findAccessRow(db, memberId));
}

function accessFromRow(row: AccessRow | null): Access | null {
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
