import { z } from "zod";
import type { Db } from "@/db";
import { findMemberByEmail } from "@/db/queries/members";
import { hashPassword, verifyPassword } from "./password";
import { recordSignInFailure, recordSignInSuccess, signInDelay, throttleKeys } from "./throttle";

export const signInInput = z.object({
  email: z
    .email("Enter your email address.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(200),
});

// Compared against when the email is unknown, so both paths cost one argon2 verification.
let decoyHash: Promise<string> | undefined;

/**
 * The member these credentials sign in as, or null: same answer and cost whatever was wrong.
 * Throws SignInLockedError while the account is locked at this address (lib/auth/throttle.ts).
 */
export async function checkCredentials(db: Db, raw: unknown, address: string | null = null) {
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
  await recordSignInSuccess(db, keys);
  return { id: member.id, name: member.name, email: parsed.data.email, epoch: member.sessionEpoch };
}
