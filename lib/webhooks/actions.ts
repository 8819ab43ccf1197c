import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointOn } from "./endpoints";
import { createEndpointInput, endpointInput, redeliverInput, setEndpointEnabledInput } from "./schema";

/** The new endpoint's signing secret travels back once, in this result, and is never shown again. */
type CreatedEndpointResult = ActionResult & { secret?: string };

const createWebhookEndpointAction = defineAction({
  name: "webhooks.create",
  permission: "integrations.webhooks",
  schema: createEndpointInput,
  arrays: ["events"],
  async run({ db, actor, input }) {
    const { endpoint, secret } = await createWebhookEndpoint(db, actor, input);
    const result: CreatedEndpointResult = { ok: true, message: `Endpoint ${endpoint.url} added. Copy its signing secret now: it is not shown again.`, secret };
    return result;
  },
});

const setWebhookEndpointEnabledAction = defineAction({
  name: "webhooks.setEnabled",
  permission: "integrations.webhooks",
  schema: setEndpointEnabledInput,
  async run({ db, actor, input }) {
    const { endpoint, changed } = await setWebhookEndpointOn(db, actor, input);
    const state = input.enabled ? "on" : "off";
    return { ok: true, message: changed ? `Endpoint ${endpoint.url} turned ${state}.` : `Endpoint ${endpoint.url} was already ${state}.` };
  },
});

const deleteWebhookEndpointAction = defineAction({
  name: "webhooks.delete",
  permission: "integrations.webhooks",
  schema: endpointInput,
  async run({ db, actor, input }) {
    const endpoint = await deleteWebhookEndpoint(db, actor, input);
    return { ok: true, message: `Endpoint ${endpoint.url} deleted.` };
  },
});

const redeliverWebhookAction = defineAction({
  name: "webhooks.redeliver",
  permission: "integrations.webhooks",
  schema: redeliverInput,
  async run({ db, actor, input }) {
    const { delivery } = await redeliverWebhook(db, actor, input);
    return { ok: true, message: `${delivery.eventType} queued again for ${delivery.eventId}.` };
  },
});

export const webhooksActions: ActionDefinition[] = [
  createWebhookEndpointAction,
  setWebhookEndpointEnabledAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
];

export { createWebhookEndpointAction, deleteWebhookEndpointAction, redeliverWebhookAction, setWebhookEndpointEnabledAction };
