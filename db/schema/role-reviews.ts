import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";
import { roles } from "./roles";

export const REVIEW_OUTCOMES = ["confirmed", "edited"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Each completed review of a custom role; the newest is the role's "last reviewed". */
export const roleReviews = pgTable(
  "role_reviews",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    outcome: text("outcome", { enum: REVIEW_OUTCOMES }).notNull(),
    reviewerId: uuid("reviewer_id").references(() => members.id, { onDelete: "set null" }),
    reviewerName: text("reviewer_name").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index("role_reviews_org_role_created_idx").on(t.orgId, t.roleId, t.createdAt.desc()),
    index("role_reviews_role_idx").on(t.roleId),
    index("role_reviews_reviewer_idx").on(t.reviewerId),
  ],
);

export type RoleReview = typeof roleReviews.$inferSelect;

/** When any holder of a role last exercised one of its permissions (written in batches). */
export const rolePermissionUsage = pgTable(
  "role_permission_usage",
  {
    orgId: orgIdColumn(),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    permission: text("permission").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permission] }), index("role_permission_usage_org_idx").on(t.orgId)],
);

export type RolePermissionUsage = typeof rolePermissionUsage.$inferSelect;
