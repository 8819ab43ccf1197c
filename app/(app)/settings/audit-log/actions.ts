"use server";

import { setAuditRetentionAction } from "@/lib/audit/actions";
import { serverAction } from "@/lib/server-action";

export const setAuditRetention = serverAction(setAuditRetentionAction);
