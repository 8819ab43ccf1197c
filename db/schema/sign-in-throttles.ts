import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Failed sign-ins per account (email as typed, whether or not it exists) and per address,
// in the database so every app server counts the same attempts.
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
