"use server";

import { headers } from "next/headers";
import { getDb } from "@/db";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { clientAddress } from "@/lib/client-address";
import { signUpForm } from "@/lib/orgs/sign-up";
import { publicAction } from "@/lib/public-action";

// Public: whoever signs up has no account yet. The answer is the same whether or not the
// address already has one (lib/orgs/sign-up.ts), and nobody is signed in here.
export const signUpAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  return signUpForm(getDb(), formData, clientAddress(await headers()));
});
