import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { organizations } from "./orgs";

// Columns most tables share, written once so they cannot drift apart (drizzle-kit sees the
// same columns either way). Functions: each table needs its own column objects, and function
// declarations are hoisted, so members.ts can use them although this file imports it.

/** A random uuid key. */
export function idColumn() {
  return uuid("id").primaryKey().defaultRandom();
}

/** The organisation the row belongs to: every query filters by it, and the row goes with the organisation. */
export function orgIdColumn() {
  return uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
}

/** The member the row is about; the row goes with the member. */
export function memberIdColumn() {
  return uuid("member_id")
    .notNull()
    .references(() => members.id, { onDelete: "cascade" });
}

export function createdAtColumn() {
  return timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
}

/** A single-use emailed link (lib/crypto/link-token.ts): only the SHA-256 of its token is stored. */
export function linkTokenColumns() {
  return {
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  };
}
