// Stored sessions: each sign-in gets a row whose id the session cookie carries, so a session
// can be ended on the server (sign out, "sign out other sessions") and not only in the
// browser that holds it. Whether a session stands is read with the access row on every
// request (db/queries/access.ts, lib/authz/check.ts accessForSession).
import type { Db } from "@/db";
import { insertSession, revokeSession } from "@/db/queries/member-sessions";
import { loadSessionAccess } from "@/lib/authz/check";
import { sessionClaims, type SessionClaims } from "./session-token";

/** A new stored session for a member whose credentials just checked out: what the token carries. */
export async function startSession(db: Db, member: { id: string; epoch: number }, userAgent: string | null | undefined) {
  const row = await insertSession(db, member, userAgent ?? null);
  return { sessionId: row.id, signedInAt: row.createdAt.getTime() };
}

/** Signing out: the session is over on every server, whoever still holds a copy of its cookie. */
export async function endSession(db: Db, session: Pick<SessionClaims, "memberId" | "sessionId"> | null): Promise<void> {
  if (session) await revokeSession(db, session.memberId, session.sessionId);
}

/**
 * Whether a decoded token is still a standing session, for Auth.js's own reads of it
 * (GET /api/auth/session): the same decision every request meets, so an ended session
 * learns nothing there either.
 */
export async function tokenStands(db: Db, token: Record<string, unknown>): Promise<boolean> {
  return (await loadSessionAccess(db, sessionClaims(token))) !== null;
}
