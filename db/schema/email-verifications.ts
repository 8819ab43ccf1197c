import { index, pgTable, uniqueIndex } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn, linkTokenColumns } from "./columns";

/** Links that prove a member reads their email: single use, good for a day, stored as SHA-256 only. */
export const emailVerifications = pgTable(
  "email_verifications",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    ...linkTokenColumns(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex("email_verifications_token_unique").on(t.tokenHash),
    index("email_verifications_member_idx").on(t.memberId),
    index("email_verifications_org_idx").on(t.orgId),
  ],
);

export type EmailVerification = typeof emailVerifications.$inferSelect;
