import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn } from "./columns";

// One row per sign-in. The session cookie carries the row's id, and the access query reads
// the row on every request: signing out (revokedAt), signing out other sessions and the
// 12 hours from createdAt end a session on every server at its very next request.
export const memberSessions = pgTable(
  "member_sessions",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    // The member's session epoch at sign-in: a later password change or deactivation ends it.
    epoch: integer("epoch").notNull(),
    // As the browser sent it, cut to a sane length: shown as "Chrome on macOS".
    userAgent: text("user_agent"),
    createdAt: createdAtColumn(),
    // Written at most once a minute per session, off the request path (lib/auth/last-seen.ts).
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("member_sessions_org_member_idx").on(t.orgId, t.memberId, t.createdAt), index("member_sessions_member_idx").on(t.memberId, t.createdAt)],
);

export type MemberSession = typeof memberSessions.$inferSelect;
export type NewMemberSession = typeof memberSessions.$inferInsert;
