// Stored sessions: each sign-in gets a row whose id the session cookie carries, so a session
// can be ended on the server (sign out, "sign out other sessions") and not only in the
// browser that holds it. Whether a session stands is read with the access row on every
// request (db/queries/access.ts, lib/authz/check.ts accessForSession).
import type { Db } from "@/db";
import { findDeviceEmailRecipient, noteDevice } from "@/db/queries/member-devices";
import { insertSession, revokeSession } from "@/db/queries/member-sessions";
import { describeDevice } from "@/lib/account/device";
import { loadSessionAccess } from "@/lib/authz/check";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { sessionClaims, type SessionClaims } from "./session-token";

/**
 * A new stored session for a member whose credentials just checked out: what the token carries.
 * A sign-in from a device (browser and system at one client address) the member has not used
 * before emails them, in the same transaction, unless it is the account's very first sign-in or
 * they turned those emails off.
 */
export async function startSession(
  db: Db,
  member: { id: string; epoch: number },
  userAgent: string | null | undefined,
  clientAddress: string | null = null,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await insertSession(tx, member, userAgent ?? null);
    const device = describeDevice(userAgent ?? null);
    const address = clientAddress ?? "unknown";
    const seen = await noteDevice(tx, member.id, { device, address }, now);
    if (seen.isNew && seen.seenBefore) {
      const recipient = await findDeviceEmailRecipient(tx, member.id);
      if (recipient?.wantsEmail) {
        await queueEmail(tx, {
          orgId: recipient.orgId,
          to: recipient.email,
          kind: "new-device",
          data: { orgName: recipient.orgName, email: recipient.email, device, address, signedInAt: row.createdAt.toISOString(), link: appLink("/account") },
        });
      }
    }
    return { sessionId: row.id, signedInAt: row.createdAt.getTime() };
  });
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
