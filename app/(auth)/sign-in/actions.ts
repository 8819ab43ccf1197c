"use server";

import { AuthError } from "next-auth";
import { signIn, SignInLocked } from "@/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInInput } from "@/lib/auth/credentials";
import { NOT_A_FORM_MESSAGE, type ActionResult } from "@/lib/action";
import { publicAction } from "@/lib/public-action";
import { z } from "zod";

/** `twoFactor`: the password was right and the form asks for the authentication code next. */
export type SignInResult = ActionResult & { twoFactor?: true };

const codeOf = (error: unknown) => (error instanceof AuthError && "code" in error && typeof error.code === "string" ? error.code : null);

export const signInAction = publicAction(async (_previous: SignInResult | null, formData: FormData): Promise<SignInResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const parsed = signInInput.safeParse({ email: formData.get("email"), password: formData.get("password"), code: formData.get("code") ?? undefined });
  if (!parsed.success) {
    return { ok: false, code: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, formError: "Check the highlighted fields." };
  }
  try {
    // Auth.js posts these as form fields: an absent code must be left out, not sent as "undefined".
    const { code, ...credentials } = parsed.data;
    await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials failed.
    const code = codeOf(error);
    if (error instanceof SignInLocked || code === "locked") {
      return { ok: false, code: "unauthenticated", formError: "Too many attempts to sign in. Wait 15 minutes and try again." };
    }
    if (code === "two_factor_required") {
      return { ok: false, code: "unauthenticated", twoFactor: true, formError: "Enter the code from your authenticator app to finish signing in." };
    }
    if (code === "two_factor_invalid") {
      const message = "That code is not right, or was used already. Try the newest code from your app, or a recovery code.";
      return { ok: false, code: "unauthenticated", twoFactor: true, formError: message, fieldErrors: { code: [message] } };
    }
    if (error instanceof AuthError) {
      return { ok: false, code: "unauthenticated", formError: "Email or password is incorrect, or the account is deactivated." };
    }
    throw error;
  }
  return { ok: true, message: "Signed in." };
});
