"use server";

import { serverAction } from "@/lib/server-action";
import { addSsoDomainAction, removeSsoDomainAction, saveSsoConnectionAction, setSsoRequirementAction, verifySsoDomainAction } from "@/lib/sso/actions";

export const saveSsoConnection = serverAction(saveSsoConnectionAction);
export const addSsoDomain = serverAction(addSsoDomainAction);
export const verifySsoDomain = serverAction(verifySsoDomainAction);
export const removeSsoDomain = serverAction(removeSsoDomainAction);
export const setSsoRequirement = serverAction(setSsoRequirementAction);
