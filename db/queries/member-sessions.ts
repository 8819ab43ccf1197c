import { and, desc, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-policy";
import type { Db } from "../client";
import { members, memberSessions } from "../schema";

const MAX_USER_AGENT = 512;
const signedInSince = () => sql`now() - interval '${sql.raw(String(SESSION_MAX_AGE_S))} seconds'`;

/**
 * A new stored session for a member who just signed in; their sessions past 12 hours are pruned.
 * Call it inside the transaction that starts the session (lib/auth/sessions.ts).
 */
export async function insertSession(tx: Db, member: { id: string; epoch: number }, userAgent: string | null) {
  await tx.delete(memberSessions).where(and(eq(memberSessions.memberId, member.id), lt(memberSessions.createdAt, signedInSince())));
  const [row] = await tx
    .insert(memberSessions)
    .values({
      orgId: sql`(select ${members.orgId} from ${members} where ${members.id} = ${member.id})`,
      memberId: member.id,
      epoch: member.epoch,
      userAgent: userAgent?.slice(0, MAX_USER_AGENT) || null,
    })
    .returning({ id: memberSessions.id, createdAt: memberSessions.createdAt });
  return row;
}

/** Signs one session out; a session already ended stays as it was. */
export async function revokeSession(db: Db, memberId: string, sessionId: string) {
  await db
    .update(memberSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(memberSessions.id, sessionId), eq(memberSessions.memberId, memberId), isNull(memberSessions.revokedAt)));
}

/** Signs out every standing session of the member but one; how many it ended. */
export async function revokeOtherSessions(db: Db, orgId: string, memberId: string, keepSessionId: string) {
  const rows = await db
    .update(memberSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(...standing(orgId, memberId), ne(memberSessions.id, keepSessionId)))
    .returning({ id: memberSessions.id });
  return rows.length;
}

/** A member's sessions that still stand, most recently seen first. */
export async function listStandingSessions(db: Db, orgId: string, memberId: string) {
  return db
    .select({ id: memberSessions.id, userAgent: memberSessions.userAgent, createdAt: memberSessions.createdAt, lastSeenAt: memberSessions.lastSeenAt })
    .from(memberSessions)
    .innerJoin(members, and(eq(members.id, memberSessions.memberId), eq(members.orgId, memberSessions.orgId)))
    .where(and(...standing(orgId, memberId), eq(memberSessions.epoch, members.sessionEpoch), eq(members.status, "active")))
    .orderBy(desc(memberSessions.lastSeenAt), desc(memberSessions.createdAt));
}

// Not signed out and within 12 hours of sign-in. (A password change or deactivation raises the
// member's epoch, which ends the sessions at the old one: the list compares epochs too.)
const standing = (orgId: string, memberId: string) => [
  eq(memberSessions.orgId, orgId),
  eq(memberSessions.memberId, memberId),
  isNull(memberSessions.revokedAt),
  gt(memberSessions.createdAt, signedInSince()),
];

/** "Last seen" now, for sessions not written in the last minute (another server may have). */
export async function touchSessions(db: Db, sessionIds: string[], everySeconds: number) {
  if (!sessionIds.length) return;
  await db
    .update(memberSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(inArray(memberSessions.id, sessionIds), lt(memberSessions.lastSeenAt, sql`now() - interval '${sql.raw(String(everySeconds))} seconds'`)));
}
