// A member's own signed-in sessions: listed on /account, and "Sign out other sessions" ends
// all but the one asking, with its audit entry, in one transaction.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listStandingSessions, revokeOtherSessions } from "@/db/queries/member-sessions";
import type { Access } from "@/lib/authz/check";
import { agree, plural } from "@/lib/format";
import { describeDevice } from "./device";
import { ownChange } from "@/lib/audit/entry";

export type SessionListItem = { id: string; device: string; signedInAt: Date; lastSeenAt: Date; current: boolean };

/** The sessions of the member that still stand, this one first, then the most recently seen. */
export async function listSessions(db: Db, actor: Access): Promise<SessionListItem[]> {
  const rows = await listStandingSessions(db, actor.orgId, actor.memberId);
  return rows
    .map((row) => ({
      id: row.id,
      device: describeDevice(row.userAgent),
      signedInAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === actor.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends every standing session of the actor but the one asking; how many it ended. */
export async function signOutOtherSessions(db: Db, actor: Access): Promise<number> {
  // Access read without a session (tests, scripts) has no "this one" to keep.
  if (!actor.sessionId) return 0;
  const keep = actor.sessionId;
  return db.transaction(async (tx) => {
    const ended = await revokeOtherSessions(tx, actor.orgId, actor.memberId, keep);
    if (ended > 0) {
      await recordAudit(
        tx,
        ownChange(actor, "member.sessions_signed_out", [`${plural(ended, "other session")} ${agree(ended, { one: "was", other: "were" })} signed out.`]),
      );
    }
    return ended;
  });
}
