"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { acceptInvitationForm } from "@/lib/members/accept-form";
import { publicAction } from "@/lib/public-action";

// Public: the invitee has no account yet. The link's token is the credential, checked (by
// its hash, expiry, revocation and single use) in lib/members/invitations.ts.
export const acceptInvitationAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const accepted = await acceptInvitationForm(getDb(), formData);
  if (!accepted.ok) return accepted;
  try {
    await signIn("credentials", { email: accepted.email, password: accepted.password, redirectTo: "/" });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean signing in failed.
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { ok: true, message: `Welcome, ${accepted.name}.` };
});
