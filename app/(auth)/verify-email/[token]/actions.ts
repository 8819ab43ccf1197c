"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { NOT_A_FORM_MESSAGE, type ActionResult, type ActionState } from "@/lib/action";
import { verifyEmail } from "@/lib/account/email-verification";
import { readSession } from "@/lib/auth/session-token";
import { loadSessionAccess } from "@/lib/authz/check";
import { DomainError } from "@/lib/errors";
import { setFlash } from "@/lib/flash";
import { publicAction } from "@/lib/public-action";

const VERIFIED = "Your email address is verified.";

// Public: the link may be opened signed out. Its token is the credential, checked (by its hash,
// expiry, single use and the member's status) in lib/account/email-verification.ts. A button
// press, not the GET, uses it: mail scanners that open links do not spend it.
export const verifyEmailAction = publicAction(async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE };
  const token = formData.get("token");
  if (typeof token !== "string" || token.length === 0) return { ok: false, code: "invalid", formError: "This verification link is not valid." };
  const db = getDb();
  const signedIn = await loadSessionAccess(db, await readSession(await headers()));
  try {
    await verifyEmail(db, token, signedIn?.memberId ?? null);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, formError: error.message };
    throw error;
  }
  if (signedIn) {
    await setFlash(db, signedIn.memberId, "/", VERIFIED);
    redirect("/");
  }
  return { ok: true, message: `${VERIFIED} Sign in to continue.` };
});
