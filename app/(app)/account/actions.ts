"use server";

import { changePasswordAction, signOutOtherSessionsAction } from "@/lib/account/actions";
import { serverAction } from "@/lib/server-action";

export const changePassword = serverAction(changePasswordAction);

export const signOutOtherSessions = serverAction(signOutOtherSessionsAction);
