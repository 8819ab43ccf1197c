import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { RoleSort, Sort } from "@/lib/search-params";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { members, roles, type NewRole } from "../schema";
import { escapeLike } from "./members";

const editor = alias(members, "editor");

const ROLE_ORDER = sql`case ${roles.kind} when 'owner' then 0 when 'admin' then 1 when 'agent' then 2 else 3 end`;

// Built-ins first, then by name.
const BY_ROLE_ORDER = [ROLE_ORDER, asc(sql`lower(${roles.name})`)] as const;

/** Roles for pickers (assign, invite, filter): no member counts, so the cost stays flat as teams grow. */
export function listRoleChoices(db: Db, orgId: string) {
  return db
    .select({ id: roles.id, kind: roles.kind, name: roles.name, permissions: roles.permissions })
    .from(roles)
    .where(eq(roles.orgId, orgId))
    .orderBy(...BY_ROLE_ORDER);
}

type RolesPageQuery = { q: string; sort: Sort<RoleSort> | null; page: number; pageSize: number };

const roleMemberCount = sql<number>`(select count(*) from ${members} where ${members.orgId} = ${roles.orgId} and ${members.roleId} = ${roles.id})::int`;

// Built-in roles are never edited: they sort as the oldest edits.
const lastEdit = sql`case when ${roles.kind} = 'custom' then ${roles.updatedAt} end`;

function rolesOrder(sort: Sort<RoleSort> | null): SQL[] {
  if (!sort) return [...BY_ROLE_ORDER, asc(roles.id)];
  const dir = sort.dir === "desc" ? sql`desc` : sql`asc`;
  const key = {
    name: sql`lower(${roles.name}) ${dir}`,
    members: sql`${roleMemberCount} ${dir}`,
    edited: sql`${lastEdit} ${dir} nulls ${sort.dir === "desc" ? sql`last` : sql`first`}`,
  }[sort.key];
  // Ties by name, then id, so a page boundary never repeats or skips a role.
  return [key, asc(sql`lower(${roles.name})`), asc(roles.name), asc(roles.id)];
}

/**
 * One page of Roles & Permissions in SQL: the roles matching `q` (name or description, any case)
 * in the order asked for, each with its member count. The counts are computed for the page's
 * rows only (PostgreSQL evaluates the output after the LIMIT), except when sorting by them.
 */
export async function listRolesPage(db: Db, orgId: string, query: RolesPageQuery) {
  const pattern = `%${escapeLike(query.q)}%`;
  const match = query.q ? or(ilike(roles.name, pattern), ilike(roles.description, pattern)) : undefined;
  const [totals] = await db
    .select({
      matched: sql<number>`(count(*) filter (where ${match ?? sql`true`}))::int`,
      custom: sql<number>`(count(*) filter (where ${roles.kind} = 'custom'))::int`,
    })
    .from(roles)
    .where(eq(roles.orgId, orgId));
  const pages = Math.max(1, Math.ceil(totals.matched / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = await db
    .select({
      id: roles.id,
      kind: roles.kind,
      name: roles.name,
      description: roles.description,
      createdAt: roles.createdAt,
      updatedAt: roles.updatedAt,
      updatedByName: editor.name,
      memberCount: roleMemberCount,
    })
    .from(roles)
    .leftJoin(editor, eq(editor.id, roles.updatedById))
    .where(and(eq(roles.orgId, orgId), match))
    .orderBy(...rolesOrder(query.sort))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);
  return { rows, page, matched: totals.matched, customRoles: totals.custom };
}

/** How many members hold the organisation's custom roles (kept, inactive, below Business). */
export async function customRoleHolders(db: Db, orgId: string) {
  const [row] = await db
    .select({ total: count() })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(roles.kind, "custom")));
  return row?.total ?? 0;
}

/** Every role of the organisation with its member count. */
export async function listRoles(db: Db, orgId: string) {
  const memberCounts = db
    .select({ roleId: members.roleId, total: count().as("total") })
    .from(members)
    .where(eq(members.orgId, orgId))
    .groupBy(members.roleId)
    .as("member_counts");
  return db
    .select({
      id: roles.id,
      kind: roles.kind,
      name: roles.name,
      description: roles.description,
      permissions: roles.permissions,
      version: roles.version,
      createdAt: roles.createdAt,
      updatedAt: roles.updatedAt,
      updatedByName: editor.name,
      memberCount: sql<number>`coalesce(${memberCounts.total}, 0)::int`,
    })
    .from(roles)
    .leftJoin(memberCounts, eq(memberCounts.roleId, roles.id))
    .leftJoin(editor, eq(editor.id, roles.updatedById))
    .where(eq(roles.orgId, orgId))
    .orderBy(...BY_ROLE_ORDER);
}

export async function findRole(db: Db, orgId: string, roleId: string) {
  const [row] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, roleId)))
    .limit(1);
  return row ?? null;
}

export async function findBuiltInRole(db: Db, orgId: string, kind: "owner" | "admin" | "agent") {
  const [row] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.kind, kind)))
    .limit(1);
  if (!row) throw new Error(`Organisation ${orgId} has no ${kind} role`);
  return row;
}

export async function roleNames(db: Db, orgId: string) {
  return db.select({ id: roles.id, name: roles.name }).from(roles).where(eq(roles.orgId, orgId));
}

export async function countCustomRoles(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.kind, "custom")));
  return row?.total ?? 0;
}

export async function insertRole(db: Db, role: NewRole) {
  const [row] = await db.insert(roles).values(role).returning();
  return row;
}

/** Saves only if nobody saved since `version`; null when they did. */
export async function updateRoleIfVersion(
  db: Db,
  orgId: string,
  roleId: string,
  version: number,
  changes: Pick<NewRole, "name" | "description" | "permissions" | "updatedById">,
) {
  const [row] = await db
    .update(roles)
    .set({ ...changes, version: sql`${roles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(roles.orgId, orgId), eq(roles.id, roleId), eq(roles.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteRoleIfVersion(db: Db, orgId: string, roleId: string, version: number) {
  const deleted = await db
    .delete(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, roleId), eq(roles.version, version)))
    .returning({ id: roles.id });
  return deleted.length > 0;
}

/** Serialises writers of one role: the row lock is held to the end of the transaction. */
export async function lockRole(db: Db, orgId: string, roleId: string, mode: "update" | "share" = "update") {
  const [row] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, roleId)))
    .for(mode)
    .limit(1);
  return row ?? null;
}
