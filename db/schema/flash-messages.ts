import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { organizations } from "./orgs";

/**
 * A confirmation an action leaves for the page it redirects to ("Deleted “QA Lead”."),
 * shown once and deleted on reading. The browser holds only its id, in an HttpOnly cookie,
 * so no text from a URL or a cookie is ever shown as the product's own words.
 */
export const flashMessages = pgTable(
  "flash_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** The page that shows it, without a query: another page leaves it alone. */
    path: text("path").notNull(),
    message: text("message").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("flash_messages_org_idx").on(t.orgId), index("flash_messages_member_idx").on(t.memberId)],
);

export type FlashMessage = typeof flashMessages.$inferSelect;
export type NewFlashMessage = typeof flashMessages.$inferInsert;
