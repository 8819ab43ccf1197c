"use server";

import { headers } from "next/headers";
import { signOut } from "@/auth";
import { getDb } from "@/db";
import { readSession } from "@/lib/auth/session-token";
import { endSession } from "@/lib/auth/sessions";
import { dismissChecklistAction, resendVerificationAction } from "@/lib/account/actions";
import { dismissNoticeAction } from "@/lib/notices/actions";
import { publicAction } from "@/lib/public-action";
import { serverAction } from "@/lib/server-action";

export const signOutAction = publicAction(async () => {
  // Ended on the server first: should that fail, the error shows and the member can try
  // again, rather than believe a session is over that a copied cookie still opens.
  await endSession(getDb(), await readSession(await headers()));
  await signOut({ redirectTo: "/sign-in" });
});

export const dismissNotice = serverAction(dismissNoticeAction);

export const resendVerification = serverAction(resendVerificationAction);

export const dismissChecklist = serverAction(dismissChecklistAction);
