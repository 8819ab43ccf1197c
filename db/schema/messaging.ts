import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";
import { phoneNumbers } from "./numbers";

export const conversations = pgTable(
  "conversations",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    numberId: uuid("number_id").references(() => phoneNumbers.id, { onDelete: "set null" }),
    contactNumber: text("contact_number").notNull(),
    contactName: text("contact_name").notNull().default(""),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversations_org_last_idx").on(t.orgId, t.lastMessageAt), index("conversations_number_idx").on(t.numberId)],
);

export const messageDirectionEnum = pgEnum("message_direction", ["inbound", "outbound"]);
export const messageStatusEnum = pgEnum("message_status", ["queued", "sent", "delivered", "failed", "received"]);

export const messages = pgTable(
  "messages",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    direction: messageDirectionEnum("direction").notNull(),
    body: text("body").notNull(),
    status: messageStatusEnum("status").notNull(),
    sentById: uuid("sent_by_id").references(() => members.id, { onDelete: "set null" }),
    // The carrier's id for the message, used to match delivery reports.
    providerRef: text("provider_ref"),
    createdAt: createdAtColumn(),
  },
  (t) => [index("messages_conversation_created_idx").on(t.conversationId, t.createdAt), index("messages_org_idx").on(t.orgId)],
);

export const messageTemplates = pgTable(
  "message_templates",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    name: text("name").notNull(),
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("message_templates_org_name_unique").on(t.orgId, t.name)],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type MessageTemplate = typeof messageTemplates.$inferSelect;
