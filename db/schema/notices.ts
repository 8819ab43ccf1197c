import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./orgs";
import { members } from "./members";

export const NOTICE_KINDS = ["access_changed", "sensitive_granted"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Something a member is told on their next page until they dismiss it. */
export const memberNotices = pgTable(
  "member_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTICE_KINDS }).notNull(),
    gained: text("gained").array().notNull(),
    lost: text("lost").array().notNull(),
    // For sensitive_granted: who was given the permissions. Names are copied on purpose.
    subjectName: text("subject_name"),
    actorName: text("actor_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
  },
  (t) => [index("member_notices_member_open_idx").on(t.memberId, t.dismissedAt), index("member_notices_org_idx").on(t.orgId)],
);

export type MemberNotice = typeof memberNotices.$inferSelect;
export type NewMemberNotice = typeof memberNotices.$inferInsert;
