// Setting up, turning off and renewing a member's own two-factor, and the organisation's
// requirement. Each change to how someone signs in asks for their password and is audited in
// the transaction that makes it.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { setRequireTwoFactor } from "@/db/queries/orgs";
import { confirmPendingSecret, deleteTwoFactor, findTwoFactor, replaceRecoveryCodes, savePendingSecret } from "@/db/queries/two-factor";
import { confirmOwnPassword } from "@/lib/account/password";
import type { Access } from "@/lib/authz/check";
import { invalid } from "@/lib/errors";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret";
import { newTotpSecret, verifyTotp } from "./totp";
import { orgChange, ownChange } from "@/lib/audit/entry";

/** A set-up not confirmed within this long starts again: its secret was on screen. */
const PENDING_MS = 15 * 60_000;

/** The member's two-factor as their account page shows it; the pending secret only while it is fresh. */
export async function twoFactorStatus(db: Db, actor: Access, now = Date.now()) {
  const row = await findTwoFactor(db, actor.orgId, actor.memberId);
  const pending = row?.pendingSecretSealed && now - row.updatedAt.getTime() < PENDING_MS ? openSecret(actor.memberId, row.pendingSecretSealed) : null;
  return { on: Boolean(row?.enabledAt), enabledAt: row?.enabledAt ?? null, pendingSecret: pending };
}

/** Step one: after the password, a new secret waits for its first code. Setting up again replaces the app. */
export async function startSetUp(db: Db, actor: Access, input: { password: string }) {
  await confirmOwnPassword(db, actor, input.password);
  const secret = newTotpSecret();
  await savePendingSecret(db, actor.orgId, actor.memberId, sealSecret(actor.memberId, secret));
  return secret;
}

/** Step two: a right code switches two-factor on, with 10 new recovery codes (returned once, stored hashed). `now` is the code's clock. */
export async function confirmSetUp(db: Db, actor: Access, input: { code: string }, now = Date.now()): Promise<string[]> {
  const row = await findTwoFactor(db, actor.orgId, actor.memberId);
  const sealed = row?.pendingSecretSealed;
  if (!row || !sealed || Date.now() - row.updatedAt.getTime() >= PENDING_MS) throw invalid("This set-up has expired. Start again with Set up two-factor.");
  const step = verifyTotp(openSecret(actor.memberId, sealed), input.code, now);
  if (step === null)
    throw invalid("Check the highlighted fields.", { code: ["That code is not right. Check your authenticator app and try the newest code."] });
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    if (!(await confirmPendingSecret(tx, actor.orgId, actor.memberId, sealed, step)))
      throw invalid("This set-up has changed. Start again with Set up two-factor.");
    await replaceRecoveryCodes(tx, actor.orgId, actor.memberId, codes.map(hashRecoveryCode));
    await recordAudit(
      tx,
      ownChange(actor, "member.two_factor_enabled", [
        row.enabledAt ? "Moved to a new authenticator app." : "Authenticator app set up; 10 recovery codes issued.",
      ]),
    );
  });
  return codes;
}

export async function disableTwoFactor(db: Db, actor: Access, input: { password: string }): Promise<boolean> {
  if (actor.twoFactorRequired) throw invalid("Your organisation requires two-factor authentication, so it stays on.");
  await confirmOwnPassword(db, actor, input.password);
  return db.transaction(async (tx) => {
    const wasOn = await deleteTwoFactor(tx, actor.orgId, actor.memberId);
    if (wasOn) await recordAudit(tx, ownChange(actor, "member.two_factor_disabled", ["Authenticator app and recovery codes removed."]));
    return wasOn;
  });
}

export async function regenerateRecoveryCodes(db: Db, actor: Access, input: { password: string }): Promise<string[]> {
  await confirmOwnPassword(db, actor, input.password);
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    const row = await findTwoFactor(tx, actor.orgId, actor.memberId);
    if (!row?.enabledAt) throw invalid("Two-factor is off: set it up first.");
    await replaceRecoveryCodes(tx, actor.orgId, actor.memberId, codes.map(hashRecoveryCode));
    await recordAudit(tx, ownChange(actor, "member.recovery_codes_regenerated", ["Earlier recovery codes no longer work."]));
  });
  return codes;
}

export const SET_UP_YOURS_FIRST = "Set up two-factor on your own account before requiring it for everyone.";

/** The organisation's requirement; returns whether it changed. Requiring it asks the actor to have it on. */
export async function setTwoFactorRequirement(db: Db, actor: Access, input: { orgId: string; required: boolean }): Promise<boolean> {
  assertOwnOrganization(actor, input.orgId);
  if (input.required && !actor.twoFactorOn) throw invalid(SET_UP_YOURS_FIRST);
  return db.transaction(async (tx) => {
    const changed = await setRequireTwoFactor(tx, actor.orgId, input.required);
    if (changed) {
      await recordAudit(
        tx,
        orgChange(actor, "org.two_factor_requirement_changed", {
          lines: [input.required ? "Two-factor authentication is now required for every member." : "Two-factor authentication is now optional."],
        }),
      );
    }
    return changed;
  });
}
