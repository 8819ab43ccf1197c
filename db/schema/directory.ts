import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn } from "./columns";
import { sql } from "drizzle-orm";
import { members } from "./members";
import { roles } from "./roles";

// SCIM bearer tokens: only the SHA-256 of each is stored (lib/crypto/link-token.ts); the token
// itself is shown once, when it is created.
export const scimTokens = pgTable(
  "scim_tokens",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdById: uuid("created_by_id").references(() => members.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("scim_tokens_hash_unique").on(t.tokenHash), index("scim_tokens_org_idx").on(t.orgId)],
);

export type ScimToken = typeof scimTokens.$inferSelect;

// Groups pushed by the directory (SCIM Groups) or named in an OIDC groups claim.
export const directoryGroups = pgTable(
  "directory_groups",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    displayName: text("display_name").notNull(),
    externalId: text("external_id"),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("directory_groups_org_name_unique").on(t.orgId, sql`lower(${t.displayName})`),
    index("directory_groups_org_external_idx").on(t.orgId, t.externalId),
  ],
);

export type DirectoryGroup = typeof directoryGroups.$inferSelect;

export const directoryGroupMembers = pgTable(
  "directory_group_members",
  {
    orgId: orgIdColumn(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => directoryGroups.id, { onDelete: "cascade" }),
    memberId: memberIdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.memberId] }),
    index("directory_group_members_member_idx").on(t.memberId),
    index("directory_group_members_org_idx").on(t.orgId),
  ],
);

// Directory group -> role, in order of precedence (lowest position wins).
export const directoryGroupRoles = pgTable(
  "directory_group_roles",
  {
    orgId: orgIdColumn(),
    groupId: uuid("group_id")
      .primaryKey()
      .references(() => directoryGroups.id, { onDelete: "cascade" }),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [index("directory_group_roles_org_idx").on(t.orgId, t.position), index("directory_group_roles_role_idx").on(t.roleId)],
);

export type DirectoryGroupRole = typeof directoryGroupRoles.$inferSelect;
