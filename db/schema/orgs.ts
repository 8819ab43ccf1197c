import { boolean, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { PLANS } from "@/lib/plans";

export const planEnum = pgEnum("plan", PLANS);

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  plan: planEnum("plan").notNull().default("starter"),
  // Demo organisations are what the sign-in page may list accounts for.
  isDemo: boolean("is_demo").notNull().default(false),
  // Members without two-factor are sent to set it up before anything else (lib/two-factor/policy.ts).
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
