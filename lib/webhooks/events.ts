// The events webhooks carry, and the one way to send them: inside the transaction of the change,
// as rows of the webhook outbox (webhook_deliveries), so a rolled-back change sends nothing and
// a receiver that is down delays events but loses none (lib/webhooks/worker.ts).
import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { hasWebhookSubscribers, insertWebhookDeliveries } from "@/db/queries/webhooks";
import { PLANS } from "@/lib/plans";
import { canUseWebhooks } from "./plan";
import type { Actor } from "@/lib/audit/entry";

export const WEBHOOK_EVENTS = {
  "role.created": "A custom role is created",
  "role.updated": "A custom role is edited or restored",
  "role.deleted": "A custom role is deleted",
  "member.role_changed": "A member is given another role",
  "member.invited": "Someone is invited",
  "member.joined": "Someone joins the organisation",
  "member.deactivated": "A member is deactivated",
  "member.reactivated": "A member is reactivated",
  "plan.changed": "The plan changes",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];

export const isWebhookEventType = (value: string): value is WebhookEventType => Object.hasOwn(WEBHOOK_EVENTS, value);

/** Who made the change: a member, or Switchboard itself (null id), e.g. a trial ending. */
const WEBHOOK_PLANS = PLANS.filter(canUseWebhooks);

/**
 * Queues one kind of event, one per item of `data` (a bulk change passes all its members at once:
 * one statement), for every enabled endpoint subscribed to it. Call inside the change's transaction.
 */
export async function emitWebhooks(tx: Db, actor: Actor, type: WebhookEventType, data: readonly Record<string, unknown>[], options: { anyPlan?: true } = {}) {
  const plans = options.anyPlan ? "any" : WEBHOOK_PLANS;
  if (!data.length || !(await hasWebhookSubscribers(tx, actor.orgId, type, plans))) return;
  const timestamp = new Date().toISOString();
  const events = data.map((item) => ({
    id: `msg_${randomUUID().replaceAll("-", "")}`,
    body: { type, timestamp, data: { organizationId: actor.orgId, actor: { id: actor.memberId, name: actor.name }, ...item } },
  }));
  await insertWebhookDeliveries(tx, actor.orgId, type, events, plans);
}
