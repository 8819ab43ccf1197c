import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { PLANS } from "@/lib/plans";
import { roles } from "./roles";

export const planEnum = pgEnum("plan", PLANS);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    plan: planEnum("plan").notNull().default("starter"),
    // Demo organisations are what the sign-in page may list accounts for.
    isDemo: boolean("is_demo").notNull().default(false),
    // Members without two-factor are sent to set it up before anything else (lib/two-factor/policy.ts).
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    // A signed-up organisation tries Business until then; choosing a plan clears it, and the
    // trial job (lib/orgs/trial.ts) moves an organisation still on trial to Starter when it passes.
    trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }),
    // The "trial ending" email went out: it is sent once.
    trialEndingEmailedAt: timestamp("trial_ending_emailed_at", { withTimezone: true }),
    // Someone opened Roles & Permissions: the first-run checklist's "Review the roles" is done.
    rolesVisitedAt: timestamp("roles_visited_at", { withTimezone: true }),
    // The one default role of people the directory brings in: who joins through single sign-on
    // (just in time) or SCIM, and a directory member in no mapped group. Null (or the role
    // deleted): Agent. Never Owner.
    directoryDefaultRoleId: uuid("directory_default_role_id").references((): AnyPgColumn => roles.id, { onDelete: "set null" }),
    // How many days audit entries are kept (lib/audit/retention.ts), never longer than the plan
    // allows; null is the plan's default, its maximum (forever on Business and above).
    auditRetentionDays: integer("audit_retention_days"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organizations_trial_ends_idx").on(t.trialEndsAt), index("organizations_default_role_idx").on(t.directoryDefaultRoleId)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
