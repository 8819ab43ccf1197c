import { and, asc, count, desc, eq, gt, ilike, lt, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { MEMBER_SORTS, Sort } from "@/lib/search-params";
import type { Db } from "../client";
import { directoryGroups, members, memberTwoFactor, roles, type Role } from "../schema";

const MEMBERS_PAGE_SIZE = 25;
/** Matches are counted exactly up to this many; beyond it the list says "400+". */
export const MEMBER_COUNT_CAP = 400;

export type MemberFilter = { q?: string; roleId?: string };

type MemberSort = Sort<(typeof MEMBER_SORTS)[number]>;

/**
 * Each sort's key, most significant first, ending in the unique id: keyset paging compares
 * the whole key, in one direction, so one index walks it (see the members_org_*_keyset indexes).
 */
const SORT_KEYS = {
  name: [members.name, members.id],
  email: [members.email, members.id],
  status: [members.status, members.name, members.id],
} as const;

function descending(sort: MemberSort | null | undefined): boolean {
  return sort?.dir === "desc";
}

/** The team list's order: the column asked for, then by name and id, all one way; by name by default. */
function memberOrder(sort: MemberSort | null | undefined): SQL[] {
  const by = descending(sort) ? desc : asc;
  const key = sort?.key === "role" ? [roles.name, members.name, members.id] : SORT_KEYS[sort?.key ?? "name"];
  return key.map((column) => by(column));
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

const twoFactorOn = sql<boolean>`${memberTwoFactor.enabledAt} is not null`;

/** The team list's rows, in its order, scoped to the organisation: the whole list, for the export. */
export function memberRows(db: Db, orgId: string, filter: ListFilter) {
  return db
    .select({ ...memberWithRole, twoFactorOn })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(memberWhere(orgId, filter))
    .orderBy(...memberOrder(filter.sort));
}

/** How many members match, exactly up to MEMBER_COUNT_CAP: past it `capped`, and counting stops there. */
export async function countMembersCapped(db: Db, orgId: string, filter: MemberFilter): Promise<{ count: number; capped: boolean }> {
  const matching = db
    .select({ one: sql`1`.as("one") })
    .from(members)
    .where(memberWhere(orgId, filter))
    // In name order, so the plan walks the organisation's index: unordered, a LIMIT invites a
    // sequential scan that may read every other tenant's rows before finding these.
    .orderBy(asc(members.name), asc(members.id))
    .limit(MEMBER_COUNT_CAP + 1)
    .as("matching");
  const [row] = await db.select({ total: count() }).from(matching);
  const total = row?.total ?? 0;
  return total > MEMBER_COUNT_CAP ? { count: MEMBER_COUNT_CAP, capped: true } : { count: total, capped: false };
}

export type MemberListRow = {
  id: string;
  name: string;
  email: string;
  status: "active" | "deactivated";
  roleId: string;
  roleName: string;
  roleKind: Role["kind"];
  twoFactorOn: boolean;
};

/** Where a page starts: after the member `after` names (Next), or before the one `before` names (Previous). */
export type MemberCursor = { after?: string; before?: string };

/**
 * One page of the team list, keyset-paged on the sort's key, with a capped count: the cost
 * follows the page, not the team or the matches. `previous`/`next` name the members the
 * neighbouring pages start from (null at an end). A cursor naming no member of this
 * organisation shows the first page.
 */
export async function listMembers(db: Db, orgId: string, filter: ListFilter & MemberCursor & { limit?: number }) {
  const limit = filter.limit ?? MEMBERS_PAGE_SIZE;
  const cursorId = filter.before ?? filter.after;
  const cursor = cursorId ? await cursorKey(db, orgId, cursorId) : null;
  const backwards = Boolean(cursor && filter.before);
  const [found, total] = await Promise.all([keysetPage(db, orgId, filter, cursor, backwards, limit + 1), countMembersCapped(db, orgId, filter)]);
  const more = found.length > limit;
  const rows = backwards ? found.slice(0, limit).reverse() : found.slice(0, limit);
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  return {
    rows,
    total,
    pageSize: limit,
    previous: backwards ? (more ? first : null) : cursor ? first : null,
    next: backwards ? last : more ? last : null,
  };
}

type CursorKey = { id: string; name: string; email: string; status: "active" | "deactivated"; roleId: string; roleName: string };

async function cursorKey(db: Db, orgId: string, memberId: string): Promise<CursorKey | null> {
  const [row] = await db
    .select({ id: members.id, name: members.name, email: members.email, status: members.status, roleId: roles.id, roleName: roles.name })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
  return row ?? null;
}

/** `(columns) > (values)` (or `<`), typed as the columns are, so it is an index condition. */
function rowCompare(columns: readonly AnyColumn[], values: unknown[], after: boolean): SQL {
  const typed = values.map((value, i) => sql`${value}::${sql.raw(columns[i].getSQLType())}`);
  return sql`(${sql.join([...columns], sql`, `)}) ${sql.raw(after ? ">" : "<")} (${sql.join(typed, sql`, `)})`;
}

/** Up to `take` rows from the cursor on, in list order (or, going back, in reverse). */
async function keysetPage(db: Db, orgId: string, filter: ListFilter, cursor: CursorKey | null, backwards: boolean, take: number): Promise<MemberListRow[]> {
  const sort = filter.sort;
  // Going back walks the list's order in reverse.
  const down = descending(sort) !== backwards;
  if (sort?.key === "role") return byRole(db, orgId, filter, cursor, down, take);
  const key = SORT_KEYS[sort?.key ?? "name"];
  const conditions = [memberWhere(orgId, filter)];
  if (cursor)
    conditions.push(
      rowCompare(
        key,
        key.map((column) => cursor[column.name === "id" ? "id" : (column.name as "name" | "email" | "status")]),
        !down,
      ),
    );
  return db
    .select({ ...memberWithRole, twoFactorOn })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(and(...conditions))
    .orderBy(...key.map((column) => (down ? desc : asc)(column)))
    .limit(take);
}

/**
 * By role name: for each role in name order, its members in name order from the
 * (org, role, name, id) index, `take` at most each, so no page sorts the whole team. The
 * cursor's own role continues after the cursor; the roles past it start from their first member.
 */
async function byRole(db: Db, orgId: string, filter: ListFilter, cursor: CursorKey | null, down: boolean, take: number): Promise<MemberListRow[]> {
  const by = down ? desc : asc;
  const inRole = (roleCondition?: SQL, memberCondition?: SQL) => {
    const held = db
      .select({ id: members.id, name: members.name, email: members.email, status: members.status, twoFactorOn: twoFactorOn.as("two_factor_on") })
      .from(members)
      .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
      .where(and(memberWhere(orgId, filter), eq(members.roleId, roles.id), memberCondition))
      .orderBy(by(members.name), by(members.id))
      .limit(take)
      .as("held");
    return db
      .select({
        id: held.id,
        name: held.name,
        email: held.email,
        status: held.status,
        roleId: roles.id,
        roleName: roles.name,
        roleKind: roles.kind,
        twoFactorOn: held.twoFactorOn,
      })
      .from(roles)
      .crossJoinLateral(held)
      .where(and(eq(roles.orgId, orgId), roleCondition))
      .orderBy(by(roles.name), by(held.name), by(held.id))
      .limit(take);
  };
  if (!cursor) return inRole();
  const [same, later] = await Promise.all([
    inRole(eq(roles.id, cursor.roleId), rowCompare([members.name, members.id], [cursor.name, cursor.id], !down)),
    inRole(down ? lt(roles.name, cursor.roleName) : gt(roles.name, cursor.roleName)),
  ]);
  return [...same, ...later].slice(0, take);
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
