// Team Management's reads and writes of one member: profile fields, account status, and the
// member's own password (lib/account).
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { directoryGroups, members, memberTwoFactor, roles } from "../schema";

const profileColumns = {
  id: members.id,
  name: members.name,
  email: members.email,
  title: members.title,
  extension: members.extension,
  status: members.status,
  createdAt: members.createdAt,
  // updated_at to the microsecond, as text: stale-edit checks must not round to JS's milliseconds.
  version: sql<string>`(extract(epoch from ${members.updatedAt}) * 1000000)::bigint::text`,
  roleId: roles.id,
  roleName: roles.name,
  roleKind: roles.kind,
  rolePermissions: roles.permissions,
  // Provisioned by the directory (SCIM): name and email are its to change.
  managedBy: members.managedBy,
  roleSource: members.roleSource,
};

/** One member's profile; with `lock`, their row stays locked until the transaction ends. */
export async function findMemberProfile(db: Db, orgId: string, memberId: string, lock = false) {
  const query = db
    .select({
      ...profileColumns,
      twoFactorOn: sql<boolean>`${memberTwoFactor.enabledAt} is not null`,
      directoryGroupName: sql<
        string | null
      >`(select ${directoryGroups.displayName} from ${directoryGroups} where ${directoryGroups.id} = ${members.directoryRoleGroupId} and ${directoryGroups.orgId} = ${members.orgId})`,
    })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  const [row] = await (lock ? query.for("update", { of: members }) : query);
  return row ?? null;
}

/** Who else in the organisation dials this extension. */
export async function findExtensionHolder(db: Db, orgId: string, extension: string, exceptMemberId: string) {
  const [row] = await db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.extension, extension), ne(members.id, exceptMemberId)))
    .limit(1);
  return row ?? null;
}

export async function updateMemberProfile(db: Db, orgId: string, memberId: string, fields: { name: string; title: string | null; extension: string | null }) {
  const [row] = await db
    .update(members)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .returning({ id: members.id });
  return row ?? null;
}

export async function setMemberStatus(db: Db, orgId: string, memberId: string, status: "active" | "deactivated") {
  await db
    .update(members)
    // Deactivation also raises the session epoch: its sessions stay dead after a reactivation.
    .set({ status, updatedAt: sql`now()`, ...(status === "deactivated" && { sessionEpoch: sql`${members.sessionEpoch} + 1` }) })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}

export async function emailHasAccount(db: Db, email: string): Promise<boolean> {
  const rows = await db.select({ id: members.id }).from(members).where(eq(members.email, email)).limit(1);
  return rows.length > 0;
}

/** Whether this organisation has a member with this address: never asks about any other. */
export async function isMemberEmail(db: Db, orgId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.email, email)))
    .limit(1);
  return rows.length > 0;
}

/** A member's password hash, their row locked until the transaction ends. */
export async function lockMemberPassword(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({ passwordHash: members.passwordHash, sessionEpoch: members.sessionEpoch })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1)
    .for("update");
  return row ?? null;
}

/**
 * A new password, and the next session epoch: every session signed in before it ends on its
 * next request. updatedAt is the profile's edit version, which a password change is not.
 */
export async function setMemberPassword(db: Db, orgId: string, memberId: string, passwordHash: string) {
  const [row] = await db
    .update(members)
    .set({ passwordHash, sessionEpoch: sql`${members.sessionEpoch} + 1` })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .returning({ sessionEpoch: members.sessionEpoch });
  return row ?? null;
}

/** The member's password hash, to confirm a change of their own account. */
export async function findMemberPasswordHash(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({ passwordHash: members.passwordHash })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row?.passwordHash ?? null;
}

/** The member's own email settings, for /account. */
export async function findEmailPreferences(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({ sensitiveGrantEmails: members.sensitiveGrantEmails })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row ?? null;
}

/** Sets the member's own choice; false when it was already so. Leaves updated_at alone: it is the profile's version. */
export async function setSensitiveGrantEmails(db: Db, orgId: string, memberId: string, on: boolean): Promise<boolean> {
  const rows = await db
    .update(members)
    .set({ sensitiveGrantEmails: on })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId), ne(members.sensitiveGrantEmails, on)))
    .returning({ id: members.id });
  return rows.length > 0;
}
