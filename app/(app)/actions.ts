"use server";

import { signOut } from "@/auth";
import { publicAction } from "@/lib/public-action";

export const signOutAction = publicAction(async () => {
  await signOut({ redirectTo: "/sign-in" });
});
