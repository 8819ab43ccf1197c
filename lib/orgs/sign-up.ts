// Sign-up: anyone may create an organisation. The answer never says whether an address already
// has an account: either way the form says "we sent a link to <email>", takes the same limits and
// the same password hash, and an email goes to the address (a verification link for a new
// Owner; a note that someone tried to sign up with it for an existing account). Nobody is signed
// in by the form itself, since signing in only when the address was free would tell.
import { z } from "zod";
import type { Db } from "@/db";
import { emailHasAccount } from "@/db/queries/member-profiles";
import { isUniqueViolation } from "@/db/unique-violation";
import { sendVerification } from "@/lib/account/email-verification";
import type { ActionResult } from "@/lib/action";
import { hashPassword } from "@/lib/auth/password";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { runPublicForm } from "@/lib/public-form";
import { signUpInput } from "@/lib/members/schema";
import { signUpAllowances, takeAllowances } from "@/lib/rate-limits";
import { createOrganizationWithOwner } from "./service";
import { trialEnd } from "./trial";

type SignUp = z.output<typeof signUpInput>;

async function tellExistingAccount(tx: Db, email: string) {
  await queueEmail(tx, { orgId: null, to: email, kind: "sign-up-attempt", data: { signInLink: appLink("/sign-in") } });
}

/** Creates the organisation and its Owner, or tells the address's owner; `created` is for tests and never reaches the browser. */
async function signUp(db: Db, input: SignUp, clientAddress: string, now = new Date()): Promise<{ created: boolean }> {
  // Hashed whether or not the address is free: the time taken does not tell either.
  const passwordHash = await hashPassword(input.password);
  const attempt = () =>
    db.transaction(async (tx) => {
      await takeAllowances(tx, signUpAllowances(input.email, clientAddress), now);
      if (await emailHasAccount(tx, input.email)) {
        await tellExistingAccount(tx, input.email);
        return { created: false };
      }
      const { org, owner } = await createOrganizationWithOwner(tx, {
        orgName: input.orgName,
        trialEndsAt: trialEnd(now),
        owner: { name: input.name, email: input.email },
        passwordHash,
      });
      await sendVerification(tx, owner, org.name, now);
      return { created: true };
    });
  try {
    return await attempt();
  } catch (error) {
    // Another sign-up or invitation took the address a moment ago: now it is simply taken.
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}

// Words that hold whether or not the address was free.
export const checkEmailMessage = (email: string) =>
  `We sent an email to ${email}. For a new account it holds a link to verify your address; you can already sign in with the password you chose.`;

/** The public form's server side apart from the request (its address): testable without Next. */
export async function signUpForm(db: Db, formData: FormData, clientAddress: string): Promise<ActionResult> {
  return runPublicForm(signUpInput, formData, async (input) => {
    await signUp(db, input, clientAddress);
    return { ok: true, message: checkEmailMessage(input.email) };
  });
}
