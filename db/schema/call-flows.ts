import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn } from "./columns";
import { organizations } from "./orgs";

/** Where a call goes: a member, a ring group, an IVR menu, or voicemail. */
export type Destination = { type: "member"; id: string } | { type: "ringGroup"; id: string } | { type: "ivr"; id: string } | { type: "voicemail" };

export const ringStrategyEnum = pgEnum("ring_strategy", ["simultaneous", "round_robin", "sequential"]);

export const ringGroups = pgTable(
  "ring_groups",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    name: text("name").notNull(),
    strategy: ringStrategyEnum("strategy").notNull().default("simultaneous"),
    timeoutSeconds: integer("timeout_seconds").notNull().default(30),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ring_groups_org_idx").on(t.orgId, t.name)],
);

export const ringGroupMembers = pgTable(
  "ring_group_members",
  {
    ringGroupId: uuid("ring_group_id")
      .notNull()
      .references(() => ringGroups.id, { onDelete: "cascade" }),
    memberId: memberIdColumn(),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ringGroupId, t.memberId] }), index("ring_group_members_member_idx").on(t.memberId)],
);

export type IvrOption = { key: string; label: string; destination: Destination };

export const ivrMenus = pgTable(
  "ivr_menus",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    name: text("name").notNull(),
    greeting: text("greeting").notNull(),
    options: jsonb("options").$type<IvrOption[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ivr_menus_org_idx").on(t.orgId, t.name)],
);

export type WeeklyHours = Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", { open: string; close: string } | null>;
export type Holiday = { date: string; name: string };

export type RoutingCondition = { type: "always" } | { type: "openHours" } | { type: "closedHours" } | { type: "callerPrefix"; prefix: string };
export type RoutingRule = { name: string; condition: RoutingCondition; destination: Destination };

/** One row per organisation: opening hours and the ordered routing rules, each versioned. */
export const callFlowSettings = pgTable("call_flow_settings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull().default("UTC"),
  weeklyHours: jsonb("weekly_hours").$type<WeeklyHours>().notNull(),
  holidays: jsonb("holidays").$type<Holiday[]>().notNull().default([]),
  hoursVersion: integer("hours_version").notNull().default(1),
  routingRules: jsonb("routing_rules").$type<RoutingRule[]>().notNull().default([]),
  routingVersion: integer("routing_version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type RingGroup = typeof ringGroups.$inferSelect;
export type IvrMenu = typeof ivrMenus.$inferSelect;
export type CallFlowSettings = typeof callFlowSettings.$inferSelect;
