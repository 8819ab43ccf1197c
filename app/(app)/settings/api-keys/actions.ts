"use server";

import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api/actions";
import { serverAction } from "@/lib/server-action";

export const createApiKey = serverAction(createApiKeyAction);
export const revokeApiKey = serverAction(revokeApiKeyAction);
