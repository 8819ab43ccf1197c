import { and, asc, desc, eq, exists, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { members, organizations, webhookDeliveries, webhookEndpoints, type WebhookDelivery } from "../schema";
import { claimLeased, heldByClaim } from "./outbox";

export async function insertWebhookEndpoint(db: Db, endpoint: typeof webhookEndpoints.$inferInsert) {
  const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
  return row;
}

/** The organisation's endpoints, oldest first, with who added each. */
export function listWebhookEndpoints(db: Db, orgId: string) {
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      enabled: webhookEndpoints.enabled,
      disabledReason: webhookEndpoints.disabledReason,
      createdAt: webhookEndpoints.createdAt,
      createdByName: members.name,
    })
    .from(webhookEndpoints)
    .leftJoin(members, eq(members.id, webhookEndpoints.createdById))
    .where(eq(webhookEndpoints.orgId, orgId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function findWebhookEndpoint(db: Db, orgId: string, endpointId: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, endpointId)))
    .limit(1);
  return row ?? null;
}

/** Turns an endpoint on or off; null when it is not the organisation's or already so. */
export async function setWebhookEndpointEnabled(db: Db, orgId: string, endpointId: string, enabled: boolean, disabledReason: string | null = null) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ enabled, disabledReason })
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, !enabled)))
    .returning();
  return row ?? null;
}

export async function deleteWebhookEndpointRow(db: Db, orgId: string, endpointId: string) {
  const [row] = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, endpointId)))
    .returning({ id: webhookEndpoints.id });
  return row ?? null;
}

/** The organisation's enabled endpoints subscribed to `type`, on a plan that may use them (organizations joined). */
const subscribedTo = (orgId: string, type: string, plans: readonly string[] | "any") =>
  and(
    eq(webhookEndpoints.orgId, orgId),
    eq(webhookEndpoints.enabled, true),
    sql`${type} = any(${webhookEndpoints.events})`,
    plans === "any" ? undefined : sql`${organizations.plan}::text in (select jsonb_array_elements_text(${JSON.stringify(plans)}::jsonb))`,
  );

/** Whether any endpoint would receive `type`: a change nobody listens to builds no payloads. */
export async function hasWebhookSubscribers(db: Db, orgId: string, type: string, plans: readonly string[] | "any") {
  const rows = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .innerJoin(organizations, eq(organizations.id, webhookEndpoints.orgId))
    .where(subscribedTo(orgId, type, plans))
    .limit(1);
  return rows.length > 0;
}

/**
 * One event kind's events for every enabled endpoint of the organisation that subscribed to it: one
 * statement whatever the number of events (they travel as one JSON parameter). Organisations below
 * the plan that has webhooks get none, except `anyPlan` (the plan change that moved them there).
 */
export async function insertWebhookDeliveries(
  db: Db,
  orgId: string,
  type: string,
  events: readonly { id: string; body: Record<string, unknown> }[],
  plans: readonly string[] | "any",
) {
  if (!events.length) return;
  await db.execute(sql`
    insert into ${webhookDeliveries} (org_id, endpoint_id, event_id, event_type, payload)
    select ${webhookEndpoints.orgId}, ${webhookEndpoints.id}, ev.id, ${type}, ev.body
    from ${webhookEndpoints}
    join ${organizations} on ${organizations.id} = ${webhookEndpoints.orgId}
    cross join jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as ev(id text, body jsonb)
    where ${subscribedTo(orgId, type, plans)}`);
}

const LOG_SIZE = 50;

/** An endpoint's latest deliveries, newest first. */
export function listWebhookDeliveries(db: Db, orgId: string, endpointId: string) {
  return db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastResponse: webhookDeliveries.lastResponse,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(LOG_SIZE);
}

export async function findWebhookDelivery(db: Db, orgId: string, deliveryId: string) {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.id, deliveryId)))
    .limit(1);
  return row ?? null;
}

/** The same event again, as a new delivery (same message id, so receivers can tell it is a repeat). */
export async function requeueWebhookDelivery(db: Db, delivery: WebhookDelivery) {
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ orgId: delivery.orgId, endpointId: delivery.endpointId, eventId: delivery.eventId, eventType: delivery.eventType, payload: delivery.payload })
    .returning();
  return row;
}

// The worker's queries run for every organisation at once, like the email outbox's.

/** Claims due deliveries of enabled endpoints: a lease, one more attempt, and the endpoint to send to. */
export async function claimDueWebhookDeliveries(db: Db, now: Date, leaseMs: number, limit: number) {
  const endpointOn = exists(
    db
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.enabled, true))),
  );
  const claimed = await claimLeased(db, webhookDeliveries, { now, leaseMs, limit, where: endpointOn });
  if (!claimed.length) return [];
  const endpoints = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return claimed.map((delivery) => ({ delivery, endpoint: byId.get(delivery.endpointId)! }));
}

/** Records an attempt's outcome, fenced by the attempt number so a worker whose lease ran out cannot overwrite a later one. */
export async function recordWebhookAttempt(
  db: Db,
  delivery: Pick<WebhookDelivery, "id" | "attempts">,
  outcome: { status: "queued" | "delivered" | "failed"; statusCode: number | null; response: string; at: Date; nextAttemptAt?: Date },
) {
  const rows = await db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      lastStatusCode: outcome.statusCode,
      lastResponse: outcome.response,
      lastAttemptAt: outcome.at,
      lockedUntil: null,
      ...(outcome.status === "delivered" ? { deliveredAt: outcome.at } : {}),
      ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
    })
    .where(heldByClaim(webhookDeliveries, delivery))
    .returning({ id: webhookDeliveries.id });
  return rows.length > 0;
}

/** Whether anything reached the endpoint after `since`: an endpoint that took nothing for a whole retry window is turned off. */
export async function deliveredSince(db: Db, endpointId: string, since: Date) {
  const [row] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "delivered"), gt(webhookDeliveries.deliveredAt, since)))
    .limit(1);
  return !!row;
}
