"use server";

import { createWebhookEndpointAction, deleteWebhookEndpointAction, redeliverWebhookAction, setWebhookEndpointEnabledAction } from "@/lib/webhooks/actions";
import { serverAction } from "@/lib/server-action";

export const createWebhookEndpoint = serverAction(createWebhookEndpointAction);
export const setWebhookEndpointEnabled = serverAction(setWebhookEndpointEnabledAction);
export const deleteWebhookEndpoint = serverAction(deleteWebhookEndpointAction);
export const redeliverWebhook = serverAction(redeliverWebhookAction);
