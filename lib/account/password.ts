// A member changes their own password. The change and the next session epoch commit together
// with the audit entry, so every session signed in before it (other browsers, other servers,
// this one too) is refused on its next request (lib/authz/check.ts accessForSession).
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findMemberPasswordHash, lockMemberPassword, setMemberPassword } from "@/db/queries/member-profiles";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordSignInFailure, recordSignInSuccess, SignInLockedError, signInDelay, throttleKeys } from "@/lib/auth/throttle";
import type { Access } from "@/lib/authz/check";
import { invalid, notFound } from "@/lib/errors";
import type { ChangePasswordInput } from "./schema";
import { ownChange } from "@/lib/audit/entry";

export const WRONG_CURRENT_PASSWORD = "That is not your current password.";
export const TOO_MANY_ATTEMPTS = "Too many wrong passwords. Wait 15 minutes and try again.";

/**
 * Wrong current passwords count toward the sign-in throttle of the account: whoever holds a
 * stolen session must not be able to guess the password faster here than at sign-in.
 */
/** Waits out the sign-in throttle of the actor's account, or refuses while it is locked. */
async function throttled(db: Db, actor: Access) {
  const keys = throttleKeys(actor.email, null);
  try {
    const delay = await signInDelay(db, keys);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  } catch (error) {
    if (error instanceof SignInLockedError) throw invalid(TOO_MANY_ATTEMPTS);
    throw error;
  }
  return keys;
}

/**
 * The actor's current password, asked before a change to how they sign in (two-factor): a wrong
 * one counts toward the sign-in throttle, as on a password change, and is refused on `field`.
 */
export async function confirmOwnPassword(db: Db, actor: Access, password: string, field = "password") {
  const keys = await throttled(db, actor);
  const hash = await findMemberPasswordHash(db, actor.orgId, actor.memberId);
  if (!hash) throw notFound("Your account");
  if (!(await verifyPassword(hash, password))) {
    await recordSignInFailure(db, keys);
    throw invalid("Check the highlighted fields.", { [field]: [WRONG_CURRENT_PASSWORD] });
  }
  await recordSignInSuccess(db, keys);
}

export async function changePassword(db: Db, actor: Access, input: ChangePasswordInput) {
  const keys = await throttled(db, actor);
  const changed = await db.transaction(async (tx) => {
    const row = await lockMemberPassword(tx, actor.orgId, actor.memberId);
    if (!row) throw notFound("Your account");
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) return null;
    const updated = await setMemberPassword(tx, actor.orgId, actor.memberId, await hashPassword(input.newPassword));
    await recordAudit(tx, ownChange(actor, "member.password_changed", ["Every session of this member was signed out."]));
    return updated;
  });
  if (!changed) {
    // Counted outside the transaction above, which wrote nothing.
    await recordSignInFailure(db, keys);
    throw invalid("Check the highlighted fields.", { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  await recordSignInSuccess(db, keys);
  return { sessionEpoch: changed.sessionEpoch };
}
