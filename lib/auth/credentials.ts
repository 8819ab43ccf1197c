import { z } from "zod";
import type { Db } from "@/db";
import { findMemberByEmail } from "@/db/queries/members";
import { ssoRequiredFor } from "@/db/queries/sso";
import { takeRecoveryCode, takeTotpStep } from "@/db/queries/two-factor";
import { openSecret } from "@/lib/two-factor/secret";
import { hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { verifyTotp } from "@/lib/two-factor/totp";
import { hashPassword, verifyPassword } from "./password";
import { startSession } from "./sessions";
import { recordSignInFailure, recordSignInSuccess, signInDelay, throttleKeys } from "./throttle";

export const signInInput = z.object({
  email: z
    .email("Enter your email address.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(200),
  // The second step, for members with two-factor on: a code from their app or a recovery code.
  code: z
    .string()
    .max(40)
    .optional()
    .transform((code) => code?.replace(/\s/g, "") || undefined),
});

/** Right password, two-factor on, no code yet: the form asks for one. Nothing is counted. */
export class TwoFactorRequiredError extends Error {
  constructor() {
    super("An authentication code is needed.");
  }
}

/** Right password, wrong (or reused) code: counted like a wrong password. */
export class TwoFactorWrongError extends Error {
  constructor() {
    super("The authentication code is not right.");
  }
}

/** What the sign-in form says when SsoRequiredError is thrown. */
export const SSO_REQUIRED_MESSAGE = "Your organisation signs in through single sign-on. Choose Continue with single sign-on (no password needed).";

/** Right password, and the organisation requires single sign-on for this member (not an Owner). Nothing is counted. */
export class SsoRequiredError extends Error {
  constructor() {
    super("Your organisation signs in through single sign-on.");
  }
}

type SecondFactor = { kind: "totp"; step: number } | { kind: "recovery"; hash: string };

// Compared against when the email is unknown, so both paths cost one argon2 verification.
let decoyHash: Promise<string> | undefined;

/** What a code proves, before it is taken: an app's code for a later step than the last, or a recovery code to look up. */
function secondFactorOf(member: { id: string; twoFactorSecret: string; lastUsedStep: number | null }, code: string, now: number): SecondFactor | null {
  if (looksLikeRecoveryCode(code)) return { kind: "recovery", hash: hashRecoveryCode(code) };
  const step = verifyTotp(openSecret(member.id, member.twoFactorSecret), code, now);
  return step !== null && (member.lastUsedStep === null || step > member.lastUsedStep) ? { kind: "totp", step } : null;
}

/**
 * The member these credentials sign in as, or null: same answer and cost whatever was wrong.
 * Throws SignInLockedError while the account is locked at this address (lib/auth/throttle.ts).
 * With two-factor on, it also needs a code: without one it throws TwoFactorRequiredError, and a
 * wrong one counts as a failure and throws TwoFactorWrongError. A code that checks out is
 * returned as `secondFactor`, still to be taken by signInWithCredentials, and the sign-in is
 * counted as a success only then.
 */
export async function checkCredentials(db: Db, raw: unknown, address: string | null = null, now = Date.now()) {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  // Looked up first: the addresses this member signed in from are let through an account-wide lock.
  const member = await findMemberByEmail(db, parsed.data.email);
  const keys = throttleKeys(parsed.data.email, address, member?.id ?? null);
  const delay = await signInDelay(db, keys);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  decoyHash ??= hashPassword("decoy-password-never-matches");
  const ok = await verifyPassword(member?.passwordHash ?? (await decoyHash), parsed.data.password);
  if (!member || !ok || member.status !== "active") {
    await recordSignInFailure(db, keys);
    return null;
  }
  // Owners keep their password (and two-factor) as the break-glass way in.
  if (await ssoRequiredFor(db, member.id)) throw new SsoRequiredError();
  let secondFactor: SecondFactor | null = null;
  if (member.twoFactorSecret) {
    if (!parsed.data.code) throw new TwoFactorRequiredError();
    secondFactor = secondFactorOf({ ...member, twoFactorSecret: member.twoFactorSecret }, parsed.data.code, now);
    if (!secondFactor) {
      await recordSignInFailure(db, keys);
      throw new TwoFactorWrongError();
    }
  } else {
    await recordSignInSuccess(db, keys);
  }
  return { id: member.id, orgId: member.orgId, name: member.name, email: parsed.data.email, epoch: member.sessionEpoch, secondFactor, keys };
}

function takeSecondFactor(db: Db, member: { id: string; orgId: string }, factor: SecondFactor): Promise<boolean> {
  return factor.kind === "totp" ? takeTotpStep(db, member.orgId, member.id, factor.step) : takeRecoveryCode(db, member.orgId, member.id, factor.hash);
}

/**
 * Signing in: the credentials, then in one transaction the second factor is taken (an app's
 * time step recorded, a recovery code used up) and the stored session started, so a code works
 * once and only for a sign-in that happened. What the session token carries, or null.
 */
export async function signInWithCredentials(db: Db, raw: unknown, address: string | null, userAgent: string | null | undefined, now = Date.now()) {
  const member = await checkCredentials(db, raw, address, now);
  if (!member) return null;
  const { secondFactor, keys, ...who } = member;
  const session = await db.transaction(async (tx) => {
    if (secondFactor && !(await takeSecondFactor(tx, member, secondFactor))) return null;
    return startSession(tx, member, userAgent, address, new Date(now));
  });
  if (secondFactor) await (session ? recordSignInSuccess(db, keys) : recordSignInFailure(db, keys));
  if (!session) throw new TwoFactorWrongError();
  return { ...who, ...session };
}
