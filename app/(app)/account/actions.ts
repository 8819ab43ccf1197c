"use server";

import { changePasswordAction, newDeviceEmailsAction, signOutOtherSessionsAction } from "@/lib/account/actions";
import { serverAction } from "@/lib/server-action";

export const changePassword = serverAction(changePasswordAction);

export const signOutOtherSessions = serverAction(signOutOtherSessionsAction);

export const setNewDeviceEmails = serverAction(newDeviceEmailsAction);
