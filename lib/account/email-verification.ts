// Email verification: a signed-up Owner proves their address through a single-use link. Until
// then the account works for its own organisation, but whatever reaches people outside it or
// spends money (inviting, buying numbers) waits: refused here on the server, explained in the UI.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findEmailVerification, insertEmailVerification, markEmailVerified, useEmailVerifications } from "@/db/queries/email-verifications";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";
import type { Access } from "@/lib/authz/check";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { takeAllowances, verificationAllowances } from "@/lib/rate-limits";

const VERIFICATION_HOURS = 24;

const verifyEmailPath = (token: string) => `/verify-email/${token}`;

/** Writes a new link and queues its email, in the caller's transaction. Returns the token: the only time it exists in clear. */
export async function sendVerification(tx: Db, member: { id: string; orgId: string; name: string; email: string }, orgName: string, now = new Date()) {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + VERIFICATION_HOURS * 60 * 60 * 1000);
  await insertEmailVerification(tx, { orgId: member.orgId, memberId: member.id, tokenHash: hashLinkToken(token), expiresAt });
  await queueEmail(tx, {
    orgId: member.orgId,
    to: member.email,
    kind: "verify-email",
    data: { orgName, name: member.name, link: appLink(verifyEmailPath(token)), expiresAt: expiresAt.toISOString() },
  });
  return token;
}

/** "Resend verification email": a fresh link, the older ones still good until they expire or one is used. Null when already verified. */
export async function resendVerification(db: Db, actor: Access, now = new Date()): Promise<string | null> {
  if (actor.emailVerified) return null;
  return db.transaction(async (tx) => {
    await takeAllowances(tx, verificationAllowances(actor), now);
    return sendVerification(tx, { id: actor.memberId, orgId: actor.orgId, name: actor.name, email: actor.email }, actor.orgName, now);
  });
}

const INVALID_VERIFICATION_LINK = "This verification link is not valid. Check that you copied all of it, or send a new one from Switchboard.";

/** Why a link can't be used, or null while it can. */
function unusable(row: { usedAt: Date | null; expiresAt: Date; memberStatus: string; emailVerifiedAt: Date | null }, now: Date): string | null {
  if (row.memberStatus !== "active") return "This account is deactivated, so its email address can't be verified.";
  if (row.usedAt) return row.emailVerifiedAt ? "This link has already been used: your email address is verified." : INVALID_VERIFICATION_LINK;
  if (row.expiresAt <= now) return `This link expired on ${formatDateTime(row.expiresAt)}. Sign in and send a new one from the banner at the top of the page.`;
  return null;
}

/** What the link's page shows before the person confirms: the address, or why it can't be used. */
export async function inspectVerificationLink(db: Db, token: string, now = new Date()) {
  const row = token.length <= 200 ? await findEmailVerification(db, hashLinkToken(token)) : null;
  if (!row) return { problem: INVALID_VERIFICATION_LINK } as const;
  const problem = unusable(row, now);
  return problem ? ({ problem } as const) : ({ problem: null, email: row.email, orgName: row.orgName } as const);
}

/**
 * Uses the link: marks the member's address verified and every open link of theirs used, with
 * the audit entry, in one transaction. Someone signed in as another member is refused rather
 * than verified under the wrong name (sign out first). Nobody is signed in by it.
 */
export async function verifyEmail(db: Db, token: string, signedInMemberId: string | null, now = new Date()) {
  if (token.length > 200) throw new DomainError("not_found", INVALID_VERIFICATION_LINK);
  return db.transaction(async (tx) => {
    const row = await findEmailVerification(tx, hashLinkToken(token), true);
    if (!row) throw new DomainError("not_found", INVALID_VERIFICATION_LINK);
    const problem = unusable(row, now);
    if (problem) throw new DomainError("conflict", problem);
    if (signedInMemberId && signedInMemberId !== row.memberId) {
      throw new DomainError("forbidden", "This link verifies another account's email address. Sign out, then open the link again.");
    }
    await useEmailVerifications(tx, row.orgId, row.memberId, now);
    await markEmailVerified(tx, row.orgId, row.memberId, now);
    await recordAudit(tx, {
      orgId: row.orgId,
      actorId: row.memberId,
      actorName: row.memberName,
      action: "member.email_verified",
      targetId: row.memberId,
      targetName: row.email,
      details: { lines: [`Email: ${row.email}`] },
    });
    return { memberId: row.memberId, email: row.email };
  });
}

/** Why `what` waits for a verified address, or undefined once it is verified (for the UI). */
export function unverifiedLock(access: Pick<Access, "emailVerified" | "email">, what: string): string | undefined {
  if (access.emailVerified) return undefined;
  return `${what} waits until you verify your email address. Open the link we sent to ${access.email}, or send a new one from the banner at the top of the page.`;
}

/** The server's refusal of the same. */
export function assertEmailVerified(access: Pick<Access, "emailVerified" | "email">, what: string): void {
  const lock = unverifiedLock(access, what);
  if (lock) throw new DomainError("forbidden", lock);
}
