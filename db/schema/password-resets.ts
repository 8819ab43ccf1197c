import { index, pgTable, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn, linkTokenColumns } from "./columns";

// One row per "Forgot password?" that found an active member. Only the SHA-256 of the link's
// token is kept; a link works once, for an hour, and only while it is the member's newest.
export const passwordResets = pgTable(
  "password_resets",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    ...linkTokenColumns(),
    // A newer link for the member, or a reset through another one, voids this one.
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex("password_resets_token_unique").on(t.tokenHash), index("password_resets_member_idx").on(t.memberId, t.createdAt)],
);

export type PasswordReset = typeof passwordResets.$inferSelect;
export type NewPasswordReset = typeof passwordResets.$inferInsert;
