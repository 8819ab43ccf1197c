import { z } from "zod";
import type { Db } from "@/db";
import { findMemberByEmail } from "@/db/queries/members";
import { hashPassword, verifyPassword } from "./password";

export const signInInput = z.object({
  email: z.email("Enter your email address.").max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(200),
});

// Compared against when the email is unknown, so both paths cost one argon2 verification.
let decoyHash: Promise<string> | undefined;

/** The member these credentials sign in as, or null: same answer and cost whatever was wrong. */
export async function checkCredentials(db: Db, raw: unknown) {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  const member = await findMemberByEmail(db, parsed.data.email);
  decoyHash ??= hashPassword("decoy-password-never-matches");
  const ok = await verifyPassword(member?.passwordHash ?? (await decoyHash), parsed.data.password);
  if (!member || !ok || member.status !== "active") return null;
  return { id: member.id, name: member.name, email: parsed.data.email };
}
