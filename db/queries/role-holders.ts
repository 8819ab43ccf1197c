// Members with their role, for impact previews and bulk assignment: always scoped to one
// organisation, so another organisation's ids simply find nothing.
import { and, asc, eq, inArray, ne, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { directoryGroups, members, roles } from "../schema";
import { memberWhere, memberWithRole, type MemberFilter } from "./members";

// Whether the directory decides the member's role (and through which group): bulk changes leave them out.
const columns = { ...memberWithRole, rolePermissions: roles.permissions, roleSource: members.roleSource, directoryGroupName: directoryGroups.displayName };

async function select(db: Db, where: SQL, limit: number) {
  return db
    .select(columns)
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(directoryGroups, and(eq(directoryGroups.id, members.directoryRoleGroupId), eq(directoryGroups.orgId, members.orgId)))
    .where(where)
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
}

export type MemberWithRole = Awaited<ReturnType<typeof select>>[number];

/** These members of the organisation (unknown or foreign ids are left out), name order. */
export function membersByIds(db: Db, orgId: string, memberIds: readonly string[], limit: number) {
  if (memberIds.length === 0) return Promise.resolve([] as MemberWithRole[]);
  return select(db, and(eq(members.orgId, orgId), inArray(members.id, [...memberIds]))!, limit);
}

/** Every member the team list's search and role filter match, name order, up to `limit`. */
export function membersMatching(db: Db, orgId: string, filter: Omit<MemberFilter, "page">, limit: number) {
  return select(db, memberWhere(orgId, filter), limit);
}

/** Every holder of a role, name order. */
export function holdersWithRole(db: Db, orgId: string, roleId: string, limit: number) {
  return select(db, and(eq(members.orgId, orgId), eq(members.roleId, roleId))!, limit);
}

/** Members a role could be added to from its page: not holding it, and not Owners (only their own page or the team list changes an Owner). */
export function membersWithoutRole(db: Db, orgId: string, roleId: string, limit: number) {
  return select(db, and(eq(members.orgId, orgId), ne(members.roleId, roleId), ne(roles.kind, "owner"))!, limit);
}
