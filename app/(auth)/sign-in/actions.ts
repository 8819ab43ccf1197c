"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db";
import { signIn, SignInLocked } from "@/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInInput, SSO_REQUIRED_MESSAGE } from "@/lib/auth/credentials";
import { NOT_A_FORM_MESSAGE, type ActionResult } from "@/lib/action";
import { publicAction } from "@/lib/public-action";
import { ssoConnectionFor } from "@/lib/sso/sign-in";
import { z } from "zod";

/** `twoFactor`: the password was right and the form asks for the authentication code next. */
export type SignInResult = ActionResult & {
  twoFactor?: true;
  /** Where the browser goes next: its identity provider, through /api/sso/start. */ ssoUrl?: string;
};

const NO_SSO_MESSAGE = "Single sign-on is not set up for this email address. Sign in with your password.";

/** Email first: an address in a verified SSO domain goes to its identity provider. */
async function ssoStartUrl(email: string, callbackUrl: string): Promise<string | null> {
  if (!(await ssoConnectionFor(getDb(), email))) return null;
  return `/api/sso/start?${new URLSearchParams({ email, callbackUrl })}`;
}

const codeOf = (error: unknown) => (error instanceof AuthError && "code" in error && typeof error.code === "string" ? error.code : null);

export const signInAction = publicAction(async (_previous: SignInResult | null, formData: FormData): Promise<SignInResult> => {
  // A JSON or text body decodes to something else: refused, like any other bad input.
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const callbackUrl = safeCallbackUrl(formData.get("callbackUrl"));
  const wantsSso = formData.get("intent") === "sso";
  if (wantsSso || !formData.get("password")) {
    const email = signInInput.shape.email.safeParse(formData.get("email"));
    const target = email.success ? await ssoStartUrl(email.data, callbackUrl) : null;
    // A full navigation, not the action's redirect: the start leg answers with a redirect to
    // another origin, which a client-side navigation cannot follow.
    if (target) return { ok: true, message: "Taking you to your identity provider…", ssoUrl: target };
    if (wantsSso) {
      return email.success
        ? { ok: false, code: "invalid", formError: NO_SSO_MESSAGE }
        : { ok: false, code: "invalid", fieldErrors: { email: ["Enter your email address."] }, formError: "Check the highlighted fields." };
    }
  }
  const parsed = signInInput.safeParse({ email: formData.get("email"), password: formData.get("password"), code: formData.get("code") ?? undefined });
  if (!parsed.success) {
    return { ok: false, code: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, formError: "Check the highlighted fields." };
  }
  try {
    // Auth.js posts these as form fields: an absent code must be left out, not sent as "undefined".
    const { code, ...credentials } = parsed.data;
    await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirectTo: callbackUrl });
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
    if (code === "sso_required") return { ok: false, code: "unauthenticated", formError: SSO_REQUIRED_MESSAGE };
    if (error instanceof AuthError) {
      return { ok: false, code: "unauthenticated", formError: "Email or password is incorrect, or the account is deactivated." };
    }
    throw error;
  }
  return { ok: true, message: "Signed in." };
});
