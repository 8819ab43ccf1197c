import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn } from "./columns";

export const NOTICE_KINDS = ["access_changed", "sensitive_granted"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Something a member is told on their next page until they dismiss it. */
export const memberNotices = pgTable(
  "member_notices",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    kind: text("kind", { enum: NOTICE_KINDS }).notNull(),
    gained: text("gained").array().notNull(),
    lost: text("lost").array().notNull(),
    // For sensitive_granted: who was given the permissions. Names are copied on purpose.
    subjectName: text("subject_name"),
    actorName: text("actor_name").notNull(),
    createdAt: createdAtColumn(),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
  },
  (t) => [index("member_notices_member_open_idx").on(t.memberId, t.dismissedAt), index("member_notices_org_idx").on(t.orgId)],
);

export type MemberNotice = typeof memberNotices.$inferSelect;
export type NewMemberNotice = typeof memberNotices.$inferInsert;
