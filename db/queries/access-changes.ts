// The reads and writes of lib/roles/access-change.ts, the one path by which a member's
// effective permissions change. What decides them (status, role, plan) is read before and
// after each change, so its notices and history follow from the database, not the caller.
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { members, organizations, roles, type NewMember } from "../schema";
import { uuidList } from "../sql-lists";

export type AccessScope = { memberIds: readonly string[] } | { roleId: string } | { customRoles: true };

const columns = {
  id: members.id,
  name: members.name,
  email: members.email,
  status: members.status,
  roleId: members.roleId,
  roleName: roles.name,
  roleKind: roles.kind,
  rolePermissions: roles.permissions,
  plan: organizations.plan,
  orgName: organizations.name,
};

function select(db: Db, orgId: string, where: SQL) {
  return db
    .select(columns)
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .where(and(eq(members.orgId, orgId), where));
}

export type AccessRow = Awaited<ReturnType<typeof select>>[number];

/** The members in scope with what decides their access, scoped to the organisation. */
export async function accessRows(db: Db, orgId: string, scope: AccessScope): Promise<AccessRow[]> {
  if ("roleId" in scope) return select(db, orgId, eq(members.roleId, scope.roleId));
  if ("customRoles" in scope) return select(db, orgId, eq(roles.kind, "custom"));
  return select(db, orgId, inArray(members.id, uuidList(scope.memberIds)));
}

/** Gives many members one role in one statement. */
export async function setMembersRole(db: Db, orgId: string, memberIds: readonly string[], roleId: string) {
  await db
    .update(members)
    .set({ roleId, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), inArray(members.id, uuidList(memberIds))));
}

export async function insertMember(db: Db, member: NewMember) {
  const [row] = await db.insert(members).values(member).returning();
  return row;
}
