"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { PASSWORD_RESET_MESSAGE, resetPasswordForm } from "@/lib/auth/password-reset";
import { clientAddress } from "@/lib/client-address";
import { setFlash } from "@/lib/flash";
import { publicAction } from "@/lib/public-action";

// Public: the link's token (stored only as its SHA-256, single use, one hour, voided by a newer
// link) is the credential. Nobody is signed in afterwards: they sign in with the new password,
// through whatever else signing in asks for.
export const resetPasswordAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const reset = await resetPasswordForm(getDb(), formData, clientAddress(await headers()));
  if (!reset.ok) return reset;
  await setFlash(getDb(), reset.memberId, "/sign-in", PASSWORD_RESET_MESSAGE);
  redirect("/sign-in");
});
