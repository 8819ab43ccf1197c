"use server";

import { connectCrmAction, connectHelpdeskAction, disconnectCrmAction, disconnectHelpdeskAction } from "@/lib/integrations/actions";
import { serverAction } from "@/lib/server-action";

export const connectCrm = serverAction(connectCrmAction);
export const disconnectCrm = serverAction(disconnectCrmAction);
export const connectHelpdesk = serverAction(connectHelpdeskAction);
export const disconnectHelpdesk = serverAction(disconnectHelpdeskAction);
