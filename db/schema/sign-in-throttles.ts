import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { memberIdColumn } from "./columns";

// Failed sign-ins per account (email as typed, whether or not it exists), per account at one
// address and per address, in the database so every app server counts the same attempts.
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

// Addresses each member signed in from: guesses at the account from elsewhere do not close it to these.
export const memberSignInAddresses = pgTable(
  "member_sign_in_addresses",
  {
    memberId: memberIdColumn(),
    address: text("address").notNull(),
    lastSignedInAt: timestamp("last_signed_in_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.address] })],
);

export type MemberSignInAddress = typeof memberSignInAddresses.$inferSelect;
