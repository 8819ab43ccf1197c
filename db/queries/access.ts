import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { members, organizations, roles } from "../schema";

/** The one query behind every authorization decision: member, role and plan together. */
export async function findAccessRow(db: Db, memberId: string) {
  const [row] = await db
    .select({
      memberId: members.id,
      orgId: members.orgId,
      name: members.name,
      email: members.email,
      status: members.status,
      roleId: roles.id,
      roleKind: roles.kind,
      roleName: roles.name,
      rolePermissions: roles.permissions,
      plan: organizations.plan,
      orgName: organizations.name,
    })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .where(eq(members.id, memberId))
    .limit(1);
  return row ?? null;
}
