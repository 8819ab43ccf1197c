import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { MEMBER_SORTS, Sort } from "@/lib/search-params";
import type { Db } from "../client";
import { directoryGroups, members, memberTwoFactor, roles } from "../schema";

const MEMBERS_PAGE_SIZE = 25;

export type MemberFilter = { q?: string; roleId?: string; page?: number };

type MemberSort = Sort<(typeof MEMBER_SORTS)[number]>;

const SORT_COLUMNS = { name: members.name, email: members.email, role: roles.name, status: members.status } as const;

/** The team list's order: the column asked for, then by name; by name alone by default. */
function memberOrder(sort: MemberSort | null | undefined): SQL[] {
  const first = sort && sort.key !== "name" ? [(sort.dir === "desc" ? desc : asc)(SORT_COLUMNS[sort.key])] : [];
  const byName = sort?.key === "name" && sort.dir === "desc" ? desc : asc;
  return [...first, byName(members.name), byName(members.id)];
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function memberWhere(orgId: string, filter: MemberFilter): SQL {
  const conditions: SQL[] = [eq(members.orgId, orgId)];
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(members.name, pattern), ilike(members.email, pattern))!);
  }
  if (filter.roleId) conditions.push(eq(members.roleId, filter.roleId));
  return and(...conditions)!;
}

/** A member as lists show them, with their role (joined on `members.roleId`). */
export const memberWithRole = {
  id: members.id,
  name: members.name,
  email: members.email,
  status: members.status,
  roleId: roles.id,
  roleName: roles.name,
  roleKind: roles.kind,
};

type ListFilter = MemberFilter & { sort?: MemberSort | null };

/** The team list's rows, in its order, scoped to the organisation: paged by listMembers, whole for the export. */
export function memberRows(db: Db, orgId: string, filter: ListFilter) {
  return db
    .select({ ...memberWithRole, twoFactorOn: sql<boolean>`${memberTwoFactor.enabledAt} is not null` })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(memberWhere(orgId, filter))
    .orderBy(...memberOrder(filter.sort))
    .$dynamic();
}

/** One page of the team list, with the total that matches, scoped to the organisation. */
export async function listMembers(db: Db, orgId: string, filter: ListFilter) {
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [total]] = await Promise.all([
    memberRows(db, orgId, filter)
      .limit(MEMBERS_PAGE_SIZE)
      .offset((page - 1) * MEMBERS_PAGE_SIZE),
    db.select({ total: count() }).from(members).where(memberWhere(orgId, filter)),
  ]);
  return { rows, total: total?.total ?? 0, page, pageSize: MEMBERS_PAGE_SIZE };
}

export async function findMember(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({
      id: members.id,
      orgId: members.orgId,
      name: members.name,
      email: members.email,
      title: members.title,
      status: members.status,
      createdAt: members.createdAt,
      roleId: roles.id,
      roleName: roles.name,
      roleKind: roles.kind,
      rolePermissions: roles.permissions,
      managedBy: members.managedBy,
      roleSource: members.roleSource,
      // The directory group that decided a directory-managed role (null: the organisation's default role).
      directoryGroupName: directoryGroups.displayName,
    })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(directoryGroups, and(eq(directoryGroups.id, members.directoryRoleGroupId), eq(directoryGroups.orgId, members.orgId)))
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row ?? null;
}

/** Sign-in's one read: the member, and their two-factor secret (sealed) once it is confirmed. */
export async function findMemberByEmail(db: Db, email: string) {
  const [row] = await db
    .select({
      id: members.id,
      orgId: members.orgId,
      passwordHash: members.passwordHash,
      status: members.status,
      name: members.name,
      sessionEpoch: members.sessionEpoch,
      twoFactorSecret: memberTwoFactor.secretSealed,
      lastUsedStep: memberTwoFactor.lastUsedStep,
    })
    .from(members)
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(eq(members.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Holders of a role, for the delete confirmation: name order, all of them. */
export async function membersWithRole(db: Db, orgId: string, roleId: string) {
  return db
    .select({ id: members.id, name: members.name, email: members.email })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.roleId, roleId)))
    .orderBy(asc(members.name), asc(members.id));
}

export async function countActiveOwners(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(roles.kind, "owner"), eq(members.status, "active")));
  return row?.total ?? 0;
}

export async function setMemberRole(db: Db, orgId: string, memberId: string, roleId: string) {
  await db
    .update(members)
    .set({ roleId, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}

/** Moves every holder of one role to another in a single statement. */
export async function reassignRole(db: Db, orgId: string, fromRoleId: string, toRoleId: string) {
  return db
    .update(members)
    .set({ roleId: toRoleId, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.roleId, fromRoleId)))
    .returning({ id: members.id, name: members.name, email: members.email });
}

/** Addresses of the organisation's active Owners (who hear about its plan). */
export async function activeOwnerEmails(db: Db, orgId: string) {
  const rows = await db
    .select({ email: members.email })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(roles.kind, "owner"), eq(members.status, "active")));
  return rows.map((row) => row.email);
}

/**
 * One page of members for the public API, in name order, after the member `cursor` names (keyset
 * paging: stable while members are added). Scoped to the organisation, cursor included.
 */
export async function listMembersAfter(
  db: Db,
  orgId: string,
  filter: { q?: string; roleId?: string; status?: "active" | "deactivated"; cursor?: string; limit: number },
) {
  const conditions: SQL[] = [memberWhere(orgId, filter)];
  if (filter.status) conditions.push(eq(members.status, filter.status));
  if (filter.cursor) {
    const after = db
      .select({ name: members.name, id: members.id })
      .from(members)
      .where(and(eq(members.orgId, orgId), eq(members.id, filter.cursor)));
    conditions.push(sql`(${members.name}, ${members.id}) > (select name, id from (${after}) as cursor_row)`);
  }
  return db
    .select({ id: members.id, name: members.name, email: members.email, status: members.status, roleId: roles.id, roleName: roles.name, roleKind: roles.kind })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(...conditions))
    .orderBy(asc(members.name), asc(members.id))
    .limit(filter.limit + 1);
}

/** Whether a member's role follows their directory groups, and which group decided it. */
export async function setRoleSource(
  db: Db,
  orgId: string,
  memberId: string,
  source: { roleSource: "manual" | "directory"; directoryRoleGroupId: string | null },
) {
  await db
    .update(members)
    .set(source)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}
