import { index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";
import { roles } from "./roles";

export const ROLE_VERSION_KINDS = ["created", "duplicated", "edited", "restored"] as const;
export type RoleVersionKind = (typeof ROLE_VERSION_KINDS)[number];

/** One row per saved state of a role, written in the transaction that saves it. */
export const roleVersions = pgTable(
  "role_versions",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    // The role's version column after this save.
    version: integer("version").notNull(),
    kind: text("kind", { enum: ROLE_VERSION_KINDS }).notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    permissions: text("permissions").array().notNull(),
    added: text("added").array().notNull(),
    removed: text("removed").array().notNull(),
    restoredFromVersion: integer("restored_from_version"),
    actorId: uuid("actor_id").references(() => members.id, { onDelete: "set null" }),
    // Copied so the history still reads right after the actor is renamed or removed.
    actorName: text("actor_name").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex("role_versions_role_version_unique").on(t.roleId, t.version),
    index("role_versions_org_idx").on(t.orgId),
    index("role_versions_actor_idx").on(t.actorId),
  ],
);

export type RoleVersion = typeof roleVersions.$inferSelect;
export type NewRoleVersion = typeof roleVersions.$inferInsert;

// Joining or leaving a role; deactivated or reactivated while holding it; its permissions
// suspended (acting as Agent) or resumed by a plan change.
export const MEMBERSHIP_CHANGES = ["added", "removed", "deactivated", "reactivated", "suspended", "resumed"] as const;
export type MembershipChange = (typeof MEMBERSHIP_CHANGES)[number];

/** A member joining or leaving a role, or starting or stopping to hold its access, written with the change that caused it. */
export const roleMemberChanges = pgTable(
  "role_member_changes",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    memberName: text("member_name").notNull(),
    change: text("change", { enum: MEMBERSHIP_CHANGES }).notNull(),
    actorId: uuid("actor_id").references(() => members.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index("role_member_changes_role_created_idx").on(t.roleId, t.createdAt.desc()),
    index("role_member_changes_org_idx").on(t.orgId),
    index("role_member_changes_member_idx").on(t.memberId),
    index("role_member_changes_actor_idx").on(t.actorId),
  ],
);

export type RoleMemberChange = typeof roleMemberChanges.$inferSelect;
export type NewRoleMemberChange = typeof roleMemberChanges.$inferInsert;
