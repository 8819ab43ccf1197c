import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";
import { phoneNumbers } from "./numbers";
import { bytea } from "./bytea";

export const callDirectionEnum = pgEnum("call_direction", ["inbound", "outbound"]);
export const callOutcomeEnum = pgEnum("call_outcome", ["answered", "missed", "voicemail"]);

export const calls = pgTable(
  "calls",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    numberId: uuid("number_id").references(() => phoneNumbers.id, { onDelete: "set null" }),
    direction: callDirectionEnum("direction").notNull(),
    outcome: callOutcomeEnum("outcome").notNull(),
    counterpart: text("counterpart").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    waitSeconds: integer("wait_seconds").notNull().default(0),
    // Talk plus wrap-up time; zero for missed calls.
    handleSeconds: integer("handle_seconds").notNull().default(0),
  },
  (t) => [
    index("calls_org_started_idx").on(t.orgId, t.startedAt),
    index("calls_org_member_started_idx").on(t.orgId, t.memberId, t.startedAt),
    index("calls_number_idx").on(t.numberId),
  ],
);

export type TranscriptLine = { atSeconds: number; speaker: "agent" | "customer"; text: string };

export const recordings = pgTable(
  "recordings",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    durationSeconds: integer("duration_seconds").notNull(),
    mimeType: text("mime_type").notNull().default("audio/wav"),
    // Null for demo recordings until first played: their audio is synthesised then, and kept.
    audio: bytea("audio"),
    transcript: jsonb("transcript").$type<TranscriptLine[]>().notNull().default([]),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index("recordings_org_created_idx").on(t.orgId, t.createdAt),
    index("recordings_call_idx").on(t.callId),
    index("recordings_member_idx").on(t.memberId),
  ],
);

export type Call = typeof calls.$inferSelect;
export type Recording = typeof recordings.$inferSelect;
