import { createWebhookEndpointApi, listWebhookEndpointsApi } from "@/lib/api/endpoints/webhooks";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listWebhookEndpointsApi);
export const POST = apiRoute(createWebhookEndpointApi);
