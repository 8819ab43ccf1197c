"use server";

import { changePasswordAction, emailSettingsAction, signOutOtherSessionsAction } from "@/lib/account/actions";
import { serverAction } from "@/lib/server-action";
import { confirmTwoFactorAction, disableTwoFactorAction, regenerateRecoveryCodesAction, startTwoFactorAction } from "@/lib/two-factor/actions";

export const changePassword = serverAction(changePasswordAction);
export const signOutOtherSessions = serverAction(signOutOtherSessionsAction);
export const startTwoFactor = serverAction(startTwoFactorAction);
export const confirmTwoFactor = serverAction(confirmTwoFactorAction);
export const regenerateRecoveryCodes = serverAction(regenerateRecoveryCodesAction);
export const disableTwoFactor = serverAction(disableTwoFactorAction);

export const setEmailSettings = serverAction(emailSettingsAction);
