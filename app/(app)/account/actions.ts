"use server";

import { changePasswordAction, setEmailPreferencesAction, signOutOtherSessionsAction } from "@/lib/account/actions";
import { serverAction } from "@/lib/server-action";

export const changePassword = serverAction(changePasswordAction);

export const signOutOtherSessions = serverAction(signOutOtherSessionsAction);

export const setEmailPreferences = serverAction(setEmailPreferencesAction);
