import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { roleMemberChanges, roleVersions, type NewRoleMemberChange, type NewRoleVersion } from "../schema";
import { chunks } from "../chunks";

export async function insertRoleVersion(db: Db, version: NewRoleVersion) {
  await db.insert(roleVersions).values(version);
}

export async function insertMemberChanges(db: Db, changes: NewRoleMemberChange[]) {
  for (const slice of chunks(changes)) await db.insert(roleMemberChanges).values(slice);
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
