import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rolePermissionUsage, roleReviews } from "../schema";
import { uuidList } from "../sql-lists";

export async function insertReview(db: Db, review: typeof roleReviews.$inferInsert) {
  const [row] = await db.insert(roleReviews).values(review).returning();
  return row;
}

/** The newest review of each of these roles (those never reviewed are absent). */
export async function lastReviews(db: Db, orgId: string, roleIds: readonly string[]) {
  if (!roleIds.length) return new Map<string, never>();
  const rows = await db
    .selectDistinctOn([roleReviews.roleId], {
      roleId: roleReviews.roleId,
      outcome: roleReviews.outcome,
      reviewerName: roleReviews.reviewerName,
      createdAt: roleReviews.createdAt,
    })
    .from(roleReviews)
    .where(and(eq(roleReviews.orgId, orgId), inArray(roleReviews.roleId, uuidList(roleIds))))
    .orderBy(roleReviews.roleId, desc(roleReviews.createdAt));
  return new Map(rows.map((row) => [row.roleId, row]));
}

export async function lastReview(db: Db, orgId: string, roleId: string) {
  const [row] = await db
    .select()
    .from(roleReviews)
    .where(and(eq(roleReviews.orgId, orgId), eq(roleReviews.roleId, roleId)))
    .orderBy(desc(roleReviews.createdAt))
    .limit(1);
  return row ?? null;
}

/** When each permission of a role was last exercised by any holder. */
export async function permissionUsage(db: Db, orgId: string, roleId: string) {
  const rows = await db
    .select({ permission: rolePermissionUsage.permission, lastUsedAt: rolePermissionUsage.lastUsedAt })
    .from(rolePermissionUsage)
    .where(and(eq(rolePermissionUsage.orgId, orgId), eq(rolePermissionUsage.roleId, roleId)));
  return new Map(rows.map((row) => [row.permission, row.lastUsedAt]));
}

export type UsageRow = { orgId: string; roleId: string; permission: string; lastUsedAt: Date };

/** One statement for a whole batch; a later time never goes back. */
export async function upsertUsage(db: Db, rows: UsageRow[]) {
  if (!rows.length) return;
  await db
    .insert(rolePermissionUsage)
    .values(rows)
    .onConflictDoUpdate({
      target: [rolePermissionUsage.roleId, rolePermissionUsage.permission],
      set: { lastUsedAt: sql`greatest(${rolePermissionUsage.lastUsedAt}, excluded.last_used_at)` },
    });
}
