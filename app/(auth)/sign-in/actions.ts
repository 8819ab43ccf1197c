"use server";

import { AuthError } from "next-auth";
import { signIn, SignInLocked } from "@/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInInput } from "@/lib/auth/credentials";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { publicAction } from "@/lib/public-action";
import { z } from "zod";

export const signInAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const parsed = signInInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { ok: false, code: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, formError: "Check the highlighted fields." };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials failed.
    if (error instanceof SignInLocked || (error instanceof AuthError && "code" in error && error.code === "locked")) {
      return { ok: false, code: "unauthenticated", formError: "Too many attempts to sign in. Wait 15 minutes and try again." };
    }
    if (error instanceof AuthError) {
      return { ok: false, code: "unauthenticated", formError: "Email or password is incorrect, or the account is deactivated." };
    }
    throw error;
  }
  return { ok: true, message: "Signed in." };
});
