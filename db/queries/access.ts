import { eq, sql } from "drizzle-orm";
import { parseId } from "@/lib/ids";
import type { Db } from "../client";
import { members, organizations, roles } from "../schema";

function accessQuery(db: Db) {
  return db
    .select({
      memberId: members.id,
      orgId: members.orgId,
      name: members.name,
      email: members.email,
      status: members.status,
      sessionEpoch: members.sessionEpoch,
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
    .where(eq(members.id, sql.placeholder("memberId")))
    .limit(1)
    .prepare("switchboard_access_row");
}

export type AccessRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accessQuery>["execute"]>>[number]>;

// Built once per database: the SQL is the same on every request, so PostgreSQL keeps one
// parsed and planned statement per connection.
const prepared = new WeakMap<Db, ReturnType<typeof accessQuery>>();

/** The one query behind every authorization decision: member, role and plan together. */
export async function findAccessRow(db: Db, memberId: string): Promise<AccessRow | null> {
  if (!parseId(memberId)) return null;
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = accessQuery(db)));
  const [row] = await query.execute({ memberId });
  return row ?? null;
}
