import { index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, createdAtColumn } from "./columns";
import { organizations } from "./orgs";

export const emailStatusEnum = pgEnum("email_status", ["queued", "sent", "failed"]);

/**
 * The outbox: an email is a row written in the same transaction as the change that causes it
 * (its template and that template's data) and rendered and sent later by lib/mail/worker.ts,
 * so a change that tells 10,000 members writes 10,000 small rows, not 10,000 renders. A
 * rolled-back change sends nothing; an SMTP outage delays mail and loses none.
 */
export const emails = pgTable(
  "emails",
  {
    id: idColumn(),
    // Null for mail about no organisation yet (a sign-up attempt on a taken address).
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** The template (lib/mail/templates) and its data, JSON as the template takes it. */
    kind: text("kind").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    /** Rendered by the worker as it sends (and kept for the local mailbox). */
    html: text("html"),
    text: text("text"),
    status: emailStatusEnum("status").notNull().default("queued"),
    /** Sending attempts so far; each claim adds one, and a late worker's result is fenced by it. */
    /** 0 for mail someone is waiting for (lib/mail/templates priorityOf), 1 for notifications; sent in that order. */
    priority: smallint("priority").notNull().default(1),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** Claimed by a worker until then: another server skips it, and takes it over if that worker died. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [index("emails_due_idx").on(t.status, t.priority, t.nextAttemptAt), index("emails_org_created_idx").on(t.orgId, t.createdAt)],
);

export type Email = typeof emails.$inferSelect;
export type NewEmail = typeof emails.$inferInsert;
