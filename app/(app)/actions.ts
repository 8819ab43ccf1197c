"use server";

import { signOut } from "@/auth";
import { dismissNoticeAction } from "@/lib/notices/actions";
import { publicAction } from "@/lib/public-action";
import { serverAction } from "@/lib/server-action";

export const signOutAction = publicAction(async () => {
  await signOut({ redirectTo: "/sign-in" });
});

export const dismissNotice = serverAction(dismissNoticeAction);
