import { index, pgTable, text } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn } from "./columns";

/**
 * A confirmation an action leaves for the page it redirects to ("Deleted “QA Lead”."),
 * shown once and deleted on reading. The browser holds only its id, in an HttpOnly cookie,
 * so no text from a URL or a cookie is ever shown as the product's own words.
 */
export const flashMessages = pgTable(
  "flash_messages",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    /** The page that shows it, without a query: another page leaves it alone. */
    path: text("path").notNull(),
    message: text("message").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index("flash_messages_org_idx").on(t.orgId), index("flash_messages_member_idx").on(t.memberId)],
);

export type FlashMessage = typeof flashMessages.$inferSelect;
export type NewFlashMessage = typeof flashMessages.$inferInsert;
