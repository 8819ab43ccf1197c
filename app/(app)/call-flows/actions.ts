"use server";

import { updateBusinessHoursAction, updateIvrMenuAction, updateRingGroupAction, updateRoutingRulesAction } from "@/lib/call-flows/actions";
import { serverAction } from "@/lib/server-action";

export const updateIvrMenu = serverAction(updateIvrMenuAction);
export const updateRingGroup = serverAction(updateRingGroupAction);
export const updateBusinessHours = serverAction(updateBusinessHoursAction);
export const updateRoutingRules = serverAction(updateRoutingRulesAction);
