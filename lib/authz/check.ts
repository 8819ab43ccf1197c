import type { Db } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import { noteSeen } from "@/lib/auth/last-seen";
import { withinMaxAge } from "@/lib/auth/session-policy";
import type { SessionClaims } from "@/lib/auth/session-token";
import { canUseCustomRoles, type Plan } from "@/lib/plans";
import { BUILT_IN_ROLES, type RoleKind } from "./built-in-roles";
import { isPermission, permissionLabel, type Permission } from "./permissions";

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
  /** Signed up and not yet through the verification link: inviting and buying numbers wait (lib/account/verification.ts). */
  emailVerified: boolean;
  /** The stored session acting (member_sessions), or null for access read without one (tests, scripts). */
  sessionId: string | null;
  /** Whether the member has two-factor on, and whether the organisation requires it (lib/two-factor/policy.ts). */
  twoFactorOn: boolean;
  twoFactorRequired: boolean;
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
 * handlers alike: the row must be the session's member, active, at the session's epoch, and
 * the session itself stored, not signed out and within 12 hours of sign-in. A deactivated
 * member's session, one from before a password change and a signed-out one end the same way.
 */
export function accessForSession(row: AccessRow | null, session: SessionClaims | null): Access | null {
  if (!row || !session || row.memberId !== session.memberId || row.sessionEpoch !== session.epoch) return null;
  if (row.liveSessionId === null || row.liveSessionId !== session.sessionId || !withinMaxAge(session.signedInAt)) return null;
  const access = accessFromRow(row);
  return access && { ...access, sessionId: session.sessionId };
}

/**
 * accessForSession for a request that has a database at hand: also notes the session as seen,
 * at most once a minute and off the request path.
 */
export function sessionAccess(db: Db, row: AccessRow | null, session: SessionClaims | null): Access | null {
  const access = accessForSession(row, session);
  if (access?.sessionId && !row!.sessionSeen) noteSeen(db, access.sessionId);
  return access;
}

/** A request's access, fresh from the database: no cache can serve a decision older than a commit. */
export async function loadSessionAccess(db: Db, session: SessionClaims | null): Promise<Access | null> {
  return session ? sessionAccess(db, await findAccessRow(db, session.memberId, session.sessionId), session) : null;
}

/**
 * A member's access whatever session asks, for tests and scripts. Requests go through
 * loadSessionAccess/accessForSession, which also end signed-out sessions and those older than
 * a password change.
 */
export async function loadAccess(db: Db, memberId: string): Promise<Access | null> {
  return accessFromRow(await findAccessRow(db, memberId, null));
}

/**
 * THE decision for a request made with an API key (lib/api/keys.ts): the key's creator, read
 * fresh like a session, capped at the permissions the key was given. A deactivated creator, or
 * one who left the organisation, stops the key; a creator who loses a permission narrows it.
 * The key's name travels in the actor's name, so every audit entry it writes names it.
 */
export function accessForApiKey(
  row: AccessRow | null,
  key: { orgId: string; createdById: string; name: string; permissions: readonly string[] },
): Access | null {
  if (!row || row.memberId !== key.createdById || row.orgId !== key.orgId) return null;
  const access = accessFromRow(row);
  if (!access) return null;
  const allowed = new Set(key.permissions);
  return { ...access, name: `${access.name} (API key “${key.name}”)`, permissions: new Set([...access.permissions].filter((p) => allowed.has(p))) };
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
    emailVerified: row.emailVerified,
    sessionId: null,
    twoFactorOn: row.twoFactorOn,
    twoFactorRequired: row.requireTwoFactor,
  };
}

export function can(access: Pick<Access, "permissions">, permission: Permission): boolean {
  return access.permissions.has(permission);
}

export function lackingMessage(permission: Permission): string {
  return `You need the “${permissionLabel(permission)}” permission to do this.`;
}

/**
 * Why a control is locked, in the registry's words, so a renamed permission renames every
 * message: needsMessage("members.edit", "Editing profiles") is "Editing profiles needs the Edit
 * profiles permission.". `quoted` sets the label in quotes where it sits mid-sentence
 * ("needs the “Assign numbers” permission"); `plural` agrees with a plural subject.
 */
export function needsMessage(permission: Permission, subject: string, style: { quoted?: boolean; plural?: boolean } = {}): string {
  const label = permissionLabel(permission);
  return `${subject} ${style.plural ? "need" : "needs"} the ${style.quoted ? `“${label}”` : label} permission.`;
}
