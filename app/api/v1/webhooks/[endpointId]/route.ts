import { deleteWebhookEndpointApi, getWebhookEndpointApi, updateWebhookEndpointApi } from "@/lib/api/endpoints/webhooks";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(getWebhookEndpointApi);
export const PATCH = apiRoute(updateWebhookEndpointApi);
export const DELETE = apiRoute(deleteWebhookEndpointApi);
