import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { members, roleMemberChanges, roleVersions, type MembershipChange, type NewRoleVersion } from "../schema";
import { uuidList } from "../sql-lists";

export async function insertRoleVersion(db: Db, version: NewRoleVersion) {
  await db.insert(roleVersions).values(version);
}

export type MembershipGroup = { roleId: string; change: MembershipChange; memberIds: string[] };

/** History rows for many members, one statement per role and kind of change; names are copied in PostgreSQL. */
export async function insertMemberChanges(db: Db, actor: { orgId: string; memberId: string | null; name: string }, groups: Iterable<MembershipGroup>) {
  for (const { roleId, change, memberIds } of groups) {
    await db.execute(sql`
      insert into ${roleMemberChanges} (org_id, role_id, member_id, member_name, change, actor_id, actor_name)
      select ${actor.orgId}, ${roleId}, ${members.id}, ${members.name}, ${change}, ${actor.memberId}, ${actor.name}
      from ${members} where ${and(eq(members.orgId, actor.orgId), inArray(members.id, uuidList(memberIds)))}`);
  }
}

/** Every recorded version of a role, newest first. */
export async function listRoleVersions(db: Db, orgId: string, roleId: string) {
  return db
    .select()
    .from(roleVersions)
    .where(and(eq(roleVersions.orgId, orgId), eq(roleVersions.roleId, roleId)))
    .orderBy(desc(roleVersions.version));
}

export async function findRoleVersion(db: Db, orgId: string, roleId: string, version: number) {
  const [row] = await db
    .select()
    .from(roleVersions)
    .where(and(eq(roleVersions.orgId, orgId), eq(roleVersions.roleId, roleId), eq(roleVersions.version, version)))
    .limit(1);
  return row ?? null;
}

/** Members joining and leaving a role, newest first. */
export async function listMemberChanges(db: Db, orgId: string, roleId: string) {
  return db
    .select()
    .from(roleMemberChanges)
    .where(and(eq(roleMemberChanges.orgId, orgId), eq(roleMemberChanges.roleId, roleId)))
    .orderBy(desc(roleMemberChanges.createdAt), desc(roleMemberChanges.id));
}
