// "Forgot password?": a link emailed to the address, good once and for an hour, that sets a new
// password. Asking never says whether the address has an account (or a deactivated one): the
// answer is the same and only an active member is emailed. Using the link changes the password
// under the member's row lock, ends every session (the session epoch, as a password change does)
// and does not sign anyone in, so whatever else signing in asks for stays in the path.
import { z } from "zod";
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { setMemberPassword } from "@/db/queries/member-profiles";
import { findResetByTokenHash, insertReset, lockMemberByEmail, lockResetMember, markResetUsed, voidOpenResets } from "@/db/queries/password-resets";
import type { ActionResult } from "@/lib/action";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { newPassword } from "@/lib/members/schema";
import { runPublicForm, type Failure } from "@/lib/public-form";
import { passwordResetAllowances, takeAllowances } from "@/lib/rate-limits";
import { hashPassword } from "./password";
import { clearAccountThrottle, throttleKeys } from "./throttle";

const RESET_LINK_MS = 60 * 60 * 1000;

export const FORGOT_PASSWORD_PATH = "/forgot-password";
const resetPasswordPath = (token: string) => `/reset-password/${token}`;

/** The one answer to asking for a link, whatever the address. */
export const resetLinkSent = (email: string) => `If an account exists for ${email}, we sent a link to reset its password. It works for one hour.`;

export const PASSWORD_RESET_MESSAGE = "Your password was reset. Sign in with your new password.";

export const INVALID_RESET_LINK = "This link to reset a password is not valid. Check that you copied all of it, or ask for a new link.";

const forgotPasswordInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address.").max(254, "Email addresses can be at most 254 characters.")),
});

const resetPasswordInput = z
  .object({
    token: z.string().min(1, INVALID_RESET_LINK).max(200, INVALID_RESET_LINK),
    newPassword,
    confirmPassword: z.string().max(200, "Passwords can be at most 200 characters."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The new passwords don't match." });

/**
 * Issues a link for the address if it belongs to an active member, and voids that member's
 * earlier unused links. Throttled twice, both counted for every address asked about, account or
 * not. Past the client's allowance the client is told to wait: that says something about the
 * asker, nothing about any account. Past the address's allowance the answer stays the same and
 * nothing is sent: saying "too many" there would be the same for every address, but it would
 * tell whoever is flooding a mailbox that the flood has stopped working, and the person who owns
 * it already holds a working link (the newest one).
 */
export async function requestPasswordReset(db: Db, input: { email: string }, clientAddress: string, now = new Date()): Promise<{ queued: boolean }> {
  const allowances = passwordResetAllowances(input.email, clientAddress);
  await db.transaction((tx) => takeAllowances(tx, allowances.client, now));
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_MS);
  try {
    return await db.transaction(async (tx) => {
      await takeAllowances(tx, allowances.email, now);
      // Locked: two requests at once leave one working link, the later one.
      const member = await lockMemberByEmail(tx, input.email);
      if (!member || member.status !== "active") return { queued: false };
      await voidOpenResets(tx, member.orgId, member.id, now);
      await insertReset(tx, { orgId: member.orgId, memberId: member.id, tokenHash: hashLinkToken(token), expiresAt, createdAt: now });
      await queueEmail(tx, {
        orgId: member.orgId,
        to: member.email,
        kind: "password-reset",
        data: { orgName: member.orgName, name: member.name, link: appLink(resetPasswordPath(token)), expiresAt: expiresAt.toISOString() },
      });
      return { queued: true };
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "rate_limited") return { queued: false };
    throw error;
  }
}

type ResetLink = { expiresAt: Date; usedAt: Date | null; voidedAt: Date | null; status: "active" | "deactivated" };

/** Why a link can't be used, in its holder's words; null while it can. */
function resetLinkProblem(link: ResetLink | null, now = new Date()): string | null {
  // A deactivated member's link reads as any unknown one: asking for a link doesn't tell either.
  if (!link || link.status !== "active") return INVALID_RESET_LINK;
  if (link.usedAt) return "This link was already used to reset the password. If you need to reset it again, ask for a new link.";
  if (link.voidedAt)
    return "This link is no longer valid: a newer link was sent, or the password was reset with another link. Use the newest link, or ask for a new one.";
  if (link.expiresAt.getTime() <= now.getTime()) return `This link expired at ${formatDateTime(link.expiresAt)}. Ask for a new link.`;
  return null;
}

/** What the reset page shows for a link: whose account it resets, or why it can't. */
export async function findResetLink(db: Db, token: string, now = new Date()) {
  const link = token.length <= 200 ? await findResetByTokenHash(db, hashLinkToken(token)) : null;
  const problem = resetLinkProblem(link, now);
  return problem ? { ok: false as const, problem } : { ok: true as const, email: link!.email };
}

/**
 * Sets the new password with the link, once. The member's row is locked before the link's, in
 * the order asking for a link takes them, so two tabs using one link queue and the second finds
 * it used. Raising the session epoch ends every session; the audit entry and the "your password
 * was changed" email commit with it.
 */
export async function resetPassword(db: Db, input: { token: string; newPassword: string }, clientAddress: string | null, now = new Date()) {
  const tokenHash = hashLinkToken(input.token);
  const seen = await findResetByTokenHash(db, tokenHash);
  const early = resetLinkProblem(seen, now);
  if (early || !seen) throw new DomainError("invalid", early ?? INVALID_RESET_LINK);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const member = await lockResetMember(tx, seen.orgId, seen.memberId);
    const link = await findResetByTokenHash(tx, tokenHash, true);
    const problem = resetLinkProblem(link && member && { ...link, status: member.status }, now);
    if (problem || !link || !member) throw new DomainError("invalid", problem ?? INVALID_RESET_LINK);
    await setMemberPassword(tx, member.orgId, member.id, passwordHash);
    await markResetUsed(tx, member.orgId, link.id, now);
    await voidOpenResets(tx, member.orgId, member.id, now);
    await clearAccountThrottle(tx, throttleKeys(member.email, clientAddress));
    await recordAudit(tx, {
      orgId: member.orgId,
      actorId: member.id,
      actorName: member.name,
      action: "member.password_reset",
      targetId: member.id,
      targetName: member.name,
      details: { lines: ["Through a link emailed to the member.", "Every session of this member was signed out."] },
    });
    await queueEmail(tx, {
      orgId: member.orgId,
      to: member.email,
      kind: "password-changed",
      data: { orgName: member.orgName, name: member.name, changedAt: now.toISOString(), link: appLink(FORGOT_PASSWORD_PATH) },
    });
    return { memberId: member.id };
  });
}

const invalidForm = (error: z.ZodError): Failure => {
  const { formErrors, fieldErrors } = z.flattenError(error);
  // The token has no field of its own on the page: a bad one is said above the form.
  const formError = (fieldErrors as Record<string, string[] | undefined>).token?.[0] ?? formErrors[0] ?? "Check the highlighted fields.";
  return { ok: false, code: "invalid", formError, fieldErrors };
};

/** The public "Forgot password?" form's server side (app/(auth)/forgot-password/actions.ts adds the request). */
export async function requestPasswordResetForm(db: Db, formData: FormData, clientAddress: string): Promise<ActionResult> {
  return runPublicForm(forgotPasswordInput, formData, async (input) => {
    await requestPasswordReset(db, input, clientAddress);
    return { ok: true, message: resetLinkSent(input.email) };
  });
}

/** The public reset form's server side, apart from the flash and the redirect to sign in. */
export async function resetPasswordForm(db: Db, formData: FormData, clientAddress: string | null): Promise<{ ok: true; memberId: string } | Failure> {
  return runPublicForm(resetPasswordInput, formData, async (input) => ({ ok: true as const, ...(await resetPassword(db, input, clientAddress)) }), invalidForm);
}
