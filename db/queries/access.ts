import { and, eq, isNull, sql } from "drizzle-orm";
import { parseId } from "@/lib/ids";
import { LAST_SEEN_EVERY_S, SESSION_MAX_AGE_S } from "@/lib/auth/session-policy";
import type { Db } from "../client";
import { members, memberSessions, memberTwoFactor, organizations, roles } from "../schema";

function accessQuery(db: Db) {
  return db
    .select({
      memberId: members.id,
      orgId: members.orgId,
      name: members.name,
      email: members.email,
      status: members.status,
      sessionEpoch: members.sessionEpoch,
      emailVerified: sql<boolean>`${members.emailVerifiedAt} is not null`,
      roleId: roles.id,
      roleKind: roles.kind,
      roleName: roles.name,
      rolePermissions: roles.permissions,
      plan: organizations.plan,
      orgName: organizations.name,
      // Two-factor: whether the organisation requires it, and whether this member has it on.
      requireTwoFactor: organizations.requireTwoFactor,
      twoFactorOn: sql<boolean>`${memberTwoFactor.enabledAt} is not null`,
      // The asking session's row, only while it stands: not signed out, within 12 hours of sign-in.
      liveSessionId: memberSessions.id,
      // Whether its "last seen" is recent enough not to be written again (lib/auth/last-seen.ts).
      sessionSeen: sql<boolean>`coalesce(${memberSessions.lastSeenAt} > now() - interval '${sql.raw(String(LAST_SEEN_EVERY_S))} seconds', false)`,
    })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .leftJoin(
      memberSessions,
      and(
        eq(memberSessions.id, sql.placeholder("sessionId")),
        eq(memberSessions.memberId, members.id),
        isNull(memberSessions.revokedAt),
        sql`${memberSessions.createdAt} > now() - interval '${sql.raw(String(SESSION_MAX_AGE_S))} seconds'`,
      ),
    )
    .where(eq(members.id, sql.placeholder("memberId")))
    .limit(1)
    .prepare("switchboard_access_row");
}

export type AccessRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accessQuery>["execute"]>>[number]>;

// Built once per database: the SQL is the same on every request, so PostgreSQL keeps one
// parsed and planned statement per connection.
const prepared = new WeakMap<Db, ReturnType<typeof accessQuery>>();

/**
 * The one query behind every authorization decision: member, role and plan together, and the
 * asking session's stored row in the same round trip (null: no session, or one that ended).
 */
export async function findAccessRow(db: Db, memberId: string, sessionId: string | null): Promise<AccessRow | null> {
  if (!parseId(memberId)) return null;
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = accessQuery(db)));
  const [row] = await query.execute({ memberId, sessionId: sessionId && parseId(sessionId) });
  return row ?? null;
}
