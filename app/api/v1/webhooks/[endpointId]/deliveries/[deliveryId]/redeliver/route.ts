import { redeliverWebhookApi } from "@/lib/api/endpoints/webhooks";
import { apiRoute } from "@/lib/api/server";

export const POST = apiRoute(redeliverWebhookApi);
