import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { organizations } from "./orgs";

/**
 * Where an organisation wants its role, member and plan changes sent (lib/webhooks). The signing
 * secret is sealed (lib/crypto/secret-box.ts): it is needed in clear to sign, so it cannot be hashed.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    events: text("events").array().notNull(),
    secretCiphertext: text("secret_ciphertext").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** Why the endpoint was turned off by Switchboard (failing for the whole retry window); null when a person did it or it is on. */
    disabledReason: text("disabled_reason"),
    createdById: uuid("created_by_id").references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_org_idx").on(t.orgId, t.createdAt), index("webhook_endpoints_created_by_idx").on(t.createdById)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;

export const webhookDeliveryStatusEnum = pgEnum("webhook_delivery_status", ["queued", "delivered", "failed"]);

/**
 * The webhook outbox, like `emails`: one row per event and endpoint, written in the transaction of
 * the change it reports, sent by lib/webhooks/worker.ts with a lease and FOR UPDATE SKIP LOCKED.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The Standard Webhooks message id (webhook-id): the same for every endpoint and every redelivery of one event. */
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** The whole body as sent: { type, timestamp, data }. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    /** The start of the receiver's answer, or why there was none (refused address, timeout). */
    lastResponse: text("last_response"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_endpoint_created_idx").on(t.endpointId, t.createdAt.desc()),
    index("webhook_deliveries_org_idx").on(t.orgId),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
