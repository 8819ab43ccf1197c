// Sends what the webhook outbox holds, signed per Standard Webhooks. Any number of servers may
// run this at once, like the email worker: rows are claimed with FOR UPDATE SKIP LOCKED and a
// lease, and each outcome is fenced by its attempt number.
import http from "node:http";
import https from "node:https";
import { Webhook } from "standardwebhooks";
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { activeOwnerEmails } from "@/db/queries/members";
import { findOrganization } from "@/db/queries/orgs";
import { claimDueWebhookDeliveries, deliveredSince, recordWebhookAttempt, setWebhookEndpointEnabled } from "@/db/queries/webhooks";
import type { WebhookDelivery, WebhookEndpoint } from "@/db/schema";
import { runEvery } from "@/lib/jobs";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { assertLiteralAllowed, checkedLookup, RefusedAddressError } from "./address";
import { openSecret } from "./secret";

const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;
const EXCERPT = 500;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** After the nth failed attempt, wait this long: exponential, about 24 hours in all. Past the last, the delivery has failed. */
export const WEBHOOK_RETRY_DELAYS_MS = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR];
const MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

export const AUTO_DISABLED_REASON = "Turned off by Switchboard: every delivery failed for 24 hours.";

type Answer = { statusCode: number | null; response: string };

/** One POST; never follows redirects, never waits more than 10 s, keeps the first 500 characters of the answer. */
function post(url: URL, body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve) => {
    const done = (answer: Answer) => resolve({ ...answer, response: answer.response.slice(0, EXCERPT) });
    try {
      if (url.protocol !== "https:" && url.protocol !== "http:") return done({ statusCode: null, response: "Only http and https addresses are supported." });
      assertLiteralAllowed(url);
    } catch (error) {
      return done({ statusCode: null, response: (error as Error).message });
    }
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body).toString() }, lookup: checkedLookup, timeout: TIMEOUT_MS },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (text.length < EXCERPT) text += chunk;
        });
        res.on("end", () => done({ statusCode: res.statusCode ?? null, response: text }));
        res.on("error", () => done({ statusCode: res.statusCode ?? null, response: text }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("No answer within 10 seconds.")));
    request.on("error", (error) =>
      done({ statusCode: null, response: error instanceof RefusedAddressError ? error.message : `Could not connect: ${error.message}` }),
    );
    request.end(body);
  });
}

/** The Standard Webhooks headers for a delivery's body. */
function signedHeaders(secret: string, delivery: Pick<WebhookDelivery, "eventId">, body: string, at: Date): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "Switchboard-Webhooks/1.0",
    "webhook-id": delivery.eventId,
    "webhook-timestamp": Math.floor(at.getTime() / 1000).toString(),
    "webhook-signature": new Webhook(secret).sign(delivery.eventId, at, body),
  };
}

async function send(endpoint: WebhookEndpoint, delivery: WebhookDelivery): Promise<Answer> {
  const body = JSON.stringify(delivery.payload);
  return post(new URL(endpoint.url), body, signedHeaders(openSecret(endpoint), delivery, body, new Date()));
}

/**
 * A delivery that failed its last attempt with nothing delivered to its endpoint since it was
 * created: the endpoint has failed for a whole retry window. Turn it off and tell the Owners.
 */
async function disableFailingEndpoint(db: Db, endpoint: WebhookEndpoint, delivery: WebhookDelivery, lastAnswer: Answer) {
  if (await deliveredSince(db, endpoint.id, delivery.createdAt)) return;
  await db.transaction(async (tx) => {
    const disabled = await setWebhookEndpointEnabled(tx, endpoint.orgId, endpoint.id, false, AUTO_DISABLED_REASON);
    if (!disabled) return;
    const org = await findOrganization(tx, endpoint.orgId);
    await recordAudit(tx, {
      orgId: endpoint.orgId,
      actorId: null,
      actorName: "Switchboard",
      action: "webhook.disabled",
      targetId: endpoint.id,
      targetName: endpoint.url,
      details: { lines: [AUTO_DISABLED_REASON] },
    });
    for (const to of await activeOwnerEmails(tx, endpoint.orgId)) {
      await queueEmail(tx, {
        orgId: endpoint.orgId,
        to,
        kind: "webhook-disabled",
        data: {
          orgName: org?.name ?? "",
          url: endpoint.url,
          lastError: lastAnswer.statusCode ? `${lastAnswer.statusCode} ${lastAnswer.response}`.trim() : lastAnswer.response,
          link: appLink("/settings/webhooks"),
        },
      });
    }
  });
}

export type WebhookRun = { delivered: number; retrying: number; failed: number };

/** Sends up to `limit` due deliveries, a few at a time, and records each outcome. */
export async function deliverDueWebhooks(db: Db, { now = new Date(), limit = 20 } = {}): Promise<WebhookRun> {
  const result: WebhookRun = { delivered: 0, retrying: 0, failed: 0 };
  const claimed = await claimDueWebhookDeliveries(db, now, LEASE_MS, limit);
  await Promise.all(
    claimed.map(async ({ delivery, endpoint }) => {
      const answer = await send(endpoint, delivery);
      const at = new Date();
      const ok = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
      const gaveUp = !ok && delivery.attempts >= MAX_ATTEMPTS;
      const status = ok ? "delivered" : gaveUp ? "failed" : "queued";
      const nextAttemptAt = status === "queued" ? new Date(now.getTime() + WEBHOOK_RETRY_DELAYS_MS[delivery.attempts - 1]) : undefined;
      if (!(await recordWebhookAttempt(db, delivery, { status, ...answer, at, nextAttemptAt }))) return;
      result[ok ? "delivered" : gaveUp ? "failed" : "retrying"]++;
      if (gaveUp) await disableFailingEndpoint(db, endpoint, delivery, answer);
    }),
  );
  return result;
}

/** Every second in each server, send what is due. */
export function startWebhookDelivery(db: Db) {
  runEvery("webhook delivery", 1000, () => deliverDueWebhooks(db));
}
