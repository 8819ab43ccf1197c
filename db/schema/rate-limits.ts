import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// How much of an allowance (messages a member may send a minute, ...) is used in the current
// window, in the database so every app server draws on the same allowance (lib/rate-limits.ts).
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
});
