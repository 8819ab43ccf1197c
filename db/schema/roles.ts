import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";

export const roleKindEnum = pgEnum("role_kind", ["owner", "admin", "agent", "custom"]);

export const roles = pgTable(
  "roles",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    kind: roleKindEnum("kind").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // Only custom roles use this column; built-in permissions come from code.
    permissions: text("permissions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Bumped on every edit: a save that names an older version is refused.
    version: integer("version").notNull().default(1),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // Where a custom role started: a built-in kind ("admin") or a template key ("qa-supervisor").
    // A key, not a role id: both live in code, so "Compare with" shows what they grant today.
    basedOn: text("based_on"),
    updatedById: uuid("updated_by_id").references((): never => members.id as never, {
      onDelete: "set null",
    }),
  },
  (t) => [
    uniqueIndex("roles_org_name_unique").on(t.orgId, sql`lower(${t.name})`),
    uniqueIndex("roles_org_built_in_unique")
      .on(t.orgId, t.kind)
      .where(sql`${t.kind} <> 'custom'`),
    // Target of members' (org_id, role_id) key: a member's role is always of their org.
    unique("roles_org_id_id_unique").on(t.orgId, t.id),
  ],
);

export type Role = typeof roles.$inferSelect;
export type NewRole = typeof roles.$inferInsert;
