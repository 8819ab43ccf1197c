"use server";

import { headers } from "next/headers";
import { getDb } from "@/db";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { requestPasswordResetForm } from "@/lib/auth/password-reset";
import { clientAddress } from "@/lib/client-address";
import { publicAction } from "@/lib/public-action";

// Public: whoever forgot their password is signed out. It answers the same for every address
// and emails only an active member (lib/auth/password-reset.ts).
export const requestPasswordResetAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  return requestPasswordResetForm(getDb(), formData, clientAddress(await headers()));
});
