// Webhook endpoints: added by a member holding "Manage webhooks" on Business and above. The
// signing secret is shown once and kept sealed; turning an endpoint on, off or deleting it, and
// redelivering an event, are audited.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  deleteWebhookEndpointRow,
  findWebhookDelivery,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  requeueWebhookDelivery,
  setWebhookEndpointEnabled,
} from "@/db/queries/webhooks";
import type { NewAuditEvent, WebhookEndpoint } from "@/db/schema";
import type { Access } from "@/lib/authz/check";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { assertPublicDestination, RefusedAddressError } from "./address";
import type { WebhookEventType } from "./events";
import { canUseWebhooks, webhooksUnavailable } from "./plan";
import { newWebhookSecret, sealWebhookSecret } from "./secret";

function assertPlanHasWebhooks(actor: Pick<Access, "plan">) {
  if (!canUseWebhooks(actor.plan)) throw new DomainError("plan", webhooksUnavailable(actor.plan));
}

const audit = (actor: Access, action: NewAuditEvent["action"], endpoint: Pick<WebhookEndpoint, "id" | "url">, lines: string[] = []): NewAuditEvent => ({
  orgId: actor.orgId,
  actorId: actor.memberId,
  actorName: actor.name,
  action,
  targetId: endpoint.id,
  targetName: endpoint.url,
  details: { lines },
});

async function assertReachable(url: string) {
  try {
    await assertPublicDestination(new URL(url));
  } catch (error) {
    const message = error instanceof RefusedAddressError ? error.message : "That address could not be found. Check the host name.";
    throw invalid(message, { url: [message] });
  }
}

export async function createWebhookEndpoint(db: Db, actor: Access, input: { orgId: string; url: string; description: string; events: WebhookEventType[] }) {
  assertOwnOrganization(actor, input.orgId);
  assertPlanHasWebhooks(actor);
  await assertReachable(input.url);
  const secret = newWebhookSecret();
  const endpoint = await db.transaction(async (tx) => {
    const row = await insertWebhookEndpoint(tx, {
      orgId: actor.orgId,
      url: input.url,
      description: input.description,
      events: input.events,
      secretCiphertext: sealWebhookSecret(actor.orgId, secret),
      createdById: actor.memberId,
    });
    await recordAudit(tx, audit(actor, "webhook.created", row, [`Events: ${input.events.join(", ")}`]));
    return row;
  });
  return { endpoint, secret };
}

/** On or off by a person; turning on is plan-gated and checks the address again. */
export async function setWebhookEndpointOn(db: Db, actor: Access, input: { endpointId: string; enabled: boolean }) {
  const endpoint = await findWebhookEndpoint(db, actor.orgId, input.endpointId);
  if (!endpoint) throw notFound("That webhook endpoint");
  if (input.enabled) {
    assertPlanHasWebhooks(actor);
    await assertReachable(endpoint.url);
  }
  const changed = await db.transaction(async (tx) => {
    if (!(await setWebhookEndpointEnabled(tx, actor.orgId, endpoint.id, input.enabled))) return false;
    await recordAudit(tx, audit(actor, input.enabled ? "webhook.enabled" : "webhook.disabled", endpoint));
    return true;
  });
  return { endpoint, changed };
}

export async function deleteWebhookEndpoint(db: Db, actor: Access, input: { endpointId: string }) {
  return db.transaction(async (tx) => {
    const endpoint = await findWebhookEndpoint(tx, actor.orgId, input.endpointId);
    if (!endpoint || !(await deleteWebhookEndpointRow(tx, actor.orgId, endpoint.id))) throw notFound("That webhook endpoint");
    await recordAudit(tx, audit(actor, "webhook.deleted", endpoint));
    return endpoint;
  });
}

/** Sends a delivered or failed event again, as a new delivery with the same message id. */
export async function redeliverWebhook(db: Db, actor: Access, input: { deliveryId: string }) {
  assertPlanHasWebhooks(actor);
  return db.transaction(async (tx) => {
    const delivery = await findWebhookDelivery(tx, actor.orgId, input.deliveryId);
    if (!delivery) throw notFound("That delivery");
    const endpoint = await findWebhookEndpoint(tx, actor.orgId, delivery.endpointId);
    if (!endpoint) throw notFound("That webhook endpoint");
    const again = await requeueWebhookDelivery(tx, delivery);
    await recordAudit(tx, audit(actor, "webhook.redelivered", endpoint, [`Event: ${delivery.eventType} (${delivery.eventId})`]));
    return { delivery: again, endpoint };
  });
}
