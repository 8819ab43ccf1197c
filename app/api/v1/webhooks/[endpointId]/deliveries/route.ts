import { listWebhookDeliveriesApi } from "@/lib/api/endpoints/webhooks";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listWebhookDeliveriesApi);
