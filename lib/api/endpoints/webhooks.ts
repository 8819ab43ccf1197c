// Webhook endpoints over the API: the settings page's services (lib/webhooks/endpoints.ts), so
// the address check, plan gate, audit entries and the secret shown once are the same.
import { z } from "zod";
import type { Db } from "@/db";
import { findWebhookDelivery, listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import type { Access } from "@/lib/authz/check";
import { notFound } from "@/lib/errors";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointOn } from "@/lib/webhooks/endpoints";
import { createEndpointInput } from "@/lib/webhooks/schema";
import { defineApi } from "../handler";
import { list, webhookDeliverySchema, webhookEndpointSchema } from "../schemas";

const endpointParams = z.object({ endpointId: z.uuid() });

/** One endpoint as the API shows it (never its secret); not found when not the organisation's. */
async function endpointView(db: Db, actor: Access, endpointId: string) {
  const endpoint = (await listWebhookEndpoints(db, actor.orgId)).find((row) => row.id === endpointId);
  if (!endpoint) throw notFound("That webhook endpoint");
  return endpoint;
}

export const listWebhookEndpointsApi = defineApi({
  route: "/api/v1/webhooks",
  method: "GET",
  operationId: "listWebhookEndpoints",
  summary: "The organisation's webhook endpoints, oldest first",
  permission: "integrations.webhooks",
  responses: { 200: { description: "The endpoints", schema: list(webhookEndpointSchema) } },
  async run({ db, actor }) {
    return { status: 200, body: { data: await listWebhookEndpoints(db, actor.orgId) } };
  },
});

export const createWebhookEndpointApi = defineApi({
  route: "/api/v1/webhooks",
  method: "POST",
  operationId: "createWebhookEndpoint",
  summary: "Add a webhook endpoint; its signing secret is in this answer only (no Idempotency-Key: a kept answer would keep the secret)",
  permission: "integrations.webhooks",
  body: createEndpointInput.omit({ orgId: true }).strict(),
  answerHoldsSecret: true,
  responses: { 201: { description: "The endpoint and its signing secret, shown once", schema: webhookEndpointSchema.extend({ secret: z.string() }) } },
  async run({ db, actor, body }) {
    const { endpoint, secret } = await createWebhookEndpoint(db, actor, { ...body, orgId: actor.orgId });
    return { status: 201, body: { ...(await endpointView(db, actor, endpoint.id)), secret } };
  },
});

export const getWebhookEndpointApi = defineApi({
  route: "/api/v1/webhooks/[endpointId]",
  method: "GET",
  operationId: "getWebhookEndpoint",
  summary: "One webhook endpoint",
  permission: "integrations.webhooks",
  params: endpointParams,
  responses: { 200: { description: "The endpoint", schema: webhookEndpointSchema } },
  run: async ({ db, actor, params }) => ({ status: 200, body: await endpointView(db, actor, params.endpointId) }),
});

export const updateWebhookEndpointApi = defineApi({
  route: "/api/v1/webhooks/[endpointId]",
  method: "PATCH",
  operationId: "updateWebhookEndpoint",
  summary: "Turn a webhook endpoint on or off (turning on checks its address again; a no-op when already so)",
  permission: "integrations.webhooks",
  params: endpointParams,
  body: z.object({ enabled: z.boolean("Enabled is true or false.") }).strict(),
  responses: { 200: { description: "The endpoint now", schema: webhookEndpointSchema } },
  async run({ db, actor, params, body }) {
    await setWebhookEndpointOn(db, actor, { endpointId: params.endpointId, enabled: body.enabled });
    return { status: 200, body: await endpointView(db, actor, params.endpointId) };
  },
});

export const deleteWebhookEndpointApi = defineApi({
  route: "/api/v1/webhooks/[endpointId]",
  method: "DELETE",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint and its delivery log",
  permission: "integrations.webhooks",
  params: endpointParams,
  responses: { 200: { description: "The endpoint was deleted", schema: z.object({ id: z.uuid(), url: z.string() }) } },
  async run({ db, actor, params }) {
    const endpoint = await deleteWebhookEndpoint(db, actor, { endpointId: params.endpointId });
    return { status: 200, body: { id: endpoint.id, url: endpoint.url } };
  },
});

export const listWebhookDeliveriesApi = defineApi({
  route: "/api/v1/webhooks/[endpointId]/deliveries",
  method: "GET",
  operationId: "listWebhookDeliveries",
  summary: "An endpoint's last 50 deliveries, newest first",
  permission: "integrations.webhooks",
  params: endpointParams,
  responses: { 200: { description: "The deliveries", schema: list(webhookDeliverySchema) } },
  async run({ db, actor, params }) {
    const endpoint = await endpointView(db, actor, params.endpointId);
    return { status: 200, body: { data: await listWebhookDeliveries(db, actor.orgId, endpoint.id) } };
  },
});

export const redeliverWebhookApi = defineApi({
  route: "/api/v1/webhooks/[endpointId]/deliveries/[deliveryId]/redeliver",
  method: "POST",
  operationId: "redeliverWebhook",
  summary: "Send a delivered or failed event again, with the same message id (Idempotency-Key honoured)",
  permission: "integrations.webhooks",
  params: endpointParams.extend({ deliveryId: z.uuid() }),
  responses: { 202: { description: "The new delivery, queued", schema: webhookDeliverySchema } },
  async run({ db, actor, params }) {
    const delivery = await findWebhookDelivery(db, actor.orgId, params.deliveryId);
    if (!delivery || delivery.endpointId !== params.endpointId) throw notFound("That delivery");
    const { delivery: again } = await redeliverWebhook(db, actor, { deliveryId: delivery.id });
    const { id, eventId, eventType, status, attempts, lastStatusCode, lastResponse, lastAttemptAt, nextAttemptAt, createdAt } = again;
    return { status: 202, body: { id, eventId, eventType, status, attempts, lastStatusCode, lastResponse, lastAttemptAt, nextAttemptAt, createdAt } };
  },
});
