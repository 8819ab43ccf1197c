// Directory groups, their members and their mapping to roles: every read and write scoped by
// the organisation, so another organisation's group or member ids simply find nothing.
import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { chunks } from "../chunks";
import { directoryGroupMembers, directoryGroupRoles, directoryGroups, members, organizations, roles, scimTokens } from "../schema";

// Tokens ------------------------------------------------------------------------------------

export async function insertScimToken(db: Db, row: { orgId: string; name: string; tokenHash: string; createdById: string }) {
  const [token] = await db.insert(scimTokens).values(row).returning();
  return token;
}

export function listScimTokens(db: Db, orgId: string) {
  return db
    .select({ id: scimTokens.id, name: scimTokens.name, createdAt: scimTokens.createdAt, lastUsedAt: scimTokens.lastUsedAt, createdBy: members.name })
    .from(scimTokens)
    .leftJoin(members, eq(members.id, scimTokens.createdById))
    .where(and(eq(scimTokens.orgId, orgId), isNull(scimTokens.revokedAt)))
    .orderBy(asc(scimTokens.createdAt));
}

/** Revokes one of the organisation's live tokens; null when there is none with that id. */
export async function revokeScimTokenRow(db: Db, orgId: string, tokenId: string) {
  const [row] = await db
    .update(scimTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(scimTokens.orgId, orgId), eq(scimTokens.id, tokenId), isNull(scimTokens.revokedAt)))
    .returning({ id: scimTokens.id, name: scimTokens.name });
  return row ?? null;
}

/** Before an organisation is known: the live token with this hash, and its organisation's plan. */
export async function findScimTokenByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: scimTokens.id, orgId: scimTokens.orgId, name: scimTokens.name, lastUsedAt: scimTokens.lastUsedAt, plan: organizations.plan })
    .from(scimTokens)
    .innerJoin(organizations, eq(organizations.id, scimTokens.orgId))
    .where(and(eq(scimTokens.tokenHash, tokenHash), isNull(scimTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

export async function noteScimTokenUsed(db: Db, orgId: string, tokenId: string) {
  await db
    .update(scimTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(scimTokens.orgId, orgId), eq(scimTokens.id, tokenId)));
}

// Groups ------------------------------------------------------------------------------------

export async function findGroup(db: Db, orgId: string, groupId: string) {
  const [row] = await db
    .select()
    .from(directoryGroups)
    .where(and(eq(directoryGroups.orgId, orgId), eq(directoryGroups.id, groupId)))
    .limit(1);
  return row ?? null;
}

export async function findGroupByName(db: Db, orgId: string, displayName: string) {
  const [row] = await db
    .select()
    .from(directoryGroups)
    .where(and(eq(directoryGroups.orgId, orgId), sql`lower(${directoryGroups.displayName}) = lower(${displayName})`))
    .limit(1);
  return row ?? null;
}

export async function insertGroup(db: Db, row: { orgId: string; displayName: string; externalId: string | null }) {
  const [group] = await db.insert(directoryGroups).values(row).returning();
  return group;
}

export async function updateGroup(db: Db, orgId: string, groupId: string, fields: { displayName?: string; externalId?: string | null }) {
  const [row] = await db
    .update(directoryGroups)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(and(eq(directoryGroups.orgId, orgId), eq(directoryGroups.id, groupId)))
    .returning();
  return row ?? null;
}

export async function deleteGroupRow(db: Db, orgId: string, groupId: string) {
  await db.delete(directoryGroups).where(and(eq(directoryGroups.orgId, orgId), eq(directoryGroups.id, groupId)));
}

export type GroupFilter = { displayName?: string; externalId?: string };

const groupWhere = (orgId: string, filter: GroupFilter) =>
  and(
    eq(directoryGroups.orgId, orgId),
    filter.displayName !== undefined ? sql`lower(${directoryGroups.displayName}) = lower(${filter.displayName})` : undefined,
    filter.externalId !== undefined ? eq(directoryGroups.externalId, filter.externalId) : undefined,
  );

export async function listGroups(db: Db, orgId: string, filter: GroupFilter = {}, page: { offset: number; limit: number } = { offset: 0, limit: 1000 }) {
  const where = groupWhere(orgId, filter);
  const [total] = await db.select({ n: count() }).from(directoryGroups).where(where);
  const rows = await db
    .select()
    .from(directoryGroups)
    .where(where)
    .orderBy(asc(directoryGroups.createdAt), asc(directoryGroups.id))
    .offset(page.offset)
    .limit(page.limit);
  return { total: total?.n ?? 0, rows };
}

/** The members of these groups, as SCIM lists them. */
export async function groupMembers(db: Db, orgId: string, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: directoryGroupMembers.groupId, memberId: members.id, name: members.name })
    .from(directoryGroupMembers)
    .innerJoin(members, and(eq(members.id, directoryGroupMembers.memberId), eq(members.orgId, orgId)))
    .where(and(eq(directoryGroupMembers.orgId, orgId), inArray(directoryGroupMembers.groupId, [...groupIds])))
    .orderBy(asc(members.name));
}

/** Of these ids, the ones that are members of this organisation. */
export async function memberIdsInOrg(db: Db, orgId: string, memberIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const valid = memberIds.filter((id) => uuid.test(id));
  for (const ids of chunks(valid)) {
    const rows = await db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.orgId, orgId), inArray(members.id, ids)));
    out.push(...rows.map((r) => r.id));
  }
  return out;
}

export async function addGroupMembers(db: Db, orgId: string, groupId: string, memberIds: readonly string[]) {
  for (const ids of chunks(memberIds)) {
    if (ids.length)
      await db
        .insert(directoryGroupMembers)
        .values(ids.map((memberId) => ({ orgId, groupId, memberId })))
        .onConflictDoNothing();
  }
}

export async function removeGroupMembers(db: Db, orgId: string, groupId: string, memberIds?: readonly string[]) {
  const base = and(eq(directoryGroupMembers.orgId, orgId), eq(directoryGroupMembers.groupId, groupId));
  if (!memberIds) {
    return (await db.delete(directoryGroupMembers).where(base).returning({ memberId: directoryGroupMembers.memberId })).map((r) => r.memberId);
  }
  const out: string[] = [];
  for (const ids of chunks(memberIds)) {
    const rows = await db
      .delete(directoryGroupMembers)
      .where(and(base, inArray(directoryGroupMembers.memberId, ids)))
      .returning({ memberId: directoryGroupMembers.memberId });
    out.push(...rows.map((r) => r.memberId));
  }
  return out;
}

/** A member's groups, for SCIM's User.groups and for deciding their role. */
export function memberGroups(db: Db, orgId: string, memberId: string) {
  return db
    .select({ id: directoryGroups.id, displayName: directoryGroups.displayName })
    .from(directoryGroupMembers)
    .innerJoin(directoryGroups, eq(directoryGroups.id, directoryGroupMembers.groupId))
    .where(and(eq(directoryGroupMembers.orgId, orgId), eq(directoryGroupMembers.memberId, memberId)))
    .orderBy(asc(directoryGroups.displayName));
}

export async function replaceMemberGroups(db: Db, orgId: string, memberId: string, groupIds: readonly string[]) {
  await db.delete(directoryGroupMembers).where(and(eq(directoryGroupMembers.orgId, orgId), eq(directoryGroupMembers.memberId, memberId)));
  if (groupIds.length) await db.insert(directoryGroupMembers).values(groupIds.map((groupId) => ({ orgId, groupId, memberId })));
}

// Mapping -----------------------------------------------------------------------------------

/** Group -> role in order of precedence, first wins. */
export function listMappings(db: Db, orgId: string) {
  return db
    .select({
      groupId: directoryGroupRoles.groupId,
      groupName: directoryGroups.displayName,
      roleId: directoryGroupRoles.roleId,
      roleName: roles.name,
      position: directoryGroupRoles.position,
    })
    .from(directoryGroupRoles)
    .innerJoin(directoryGroups, eq(directoryGroups.id, directoryGroupRoles.groupId))
    .innerJoin(roles, eq(roles.id, directoryGroupRoles.roleId))
    .where(eq(directoryGroupRoles.orgId, orgId))
    .orderBy(asc(directoryGroupRoles.position));
}

export async function replaceMappings(db: Db, orgId: string, mappings: readonly { groupId: string; roleId: string }[]) {
  await db.delete(directoryGroupRoles).where(eq(directoryGroupRoles.orgId, orgId));
  if (mappings.length) await db.insert(directoryGroupRoles).values(mappings.map((m, position) => ({ orgId, groupId: m.groupId, roleId: m.roleId, position })));
}

export async function setDirectoryDefaultRole(db: Db, orgId: string, roleId: string | null) {
  await db.update(organizations).set({ directoryDefaultRoleId: roleId }).where(eq(organizations.id, orgId));
}

/**
 * Members whose role the directory may decide: provisioned over SCIM, in a directory group, or
 * already following it; with their groups, for a mapping change and its preview.
 */
export async function directoryMembers(db: Db, orgId: string) {
  const inGroup = db.select({ id: directoryGroupMembers.memberId }).from(directoryGroupMembers).where(eq(directoryGroupMembers.orgId, orgId));
  const rows = await db
    .select({ id: members.id, name: members.name, email: members.email, roleId: members.roleId, roleName: roles.name, roleKind: roles.kind })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), or(isNotNull(members.managedBy), eq(members.roleSource, "directory"), inArray(members.id, inGroup))))
    .orderBy(asc(members.name));
  const memberships = await db
    .select({ memberId: directoryGroupMembers.memberId, groupId: directoryGroupMembers.groupId })
    .from(directoryGroupMembers)
    .where(eq(directoryGroupMembers.orgId, orgId));
  const groupsOf = new Map<string, string[]>();
  for (const m of memberships) groupsOf.set(m.memberId, [...(groupsOf.get(m.memberId) ?? []), m.groupId]);
  return rows.map((row) => ({ ...row, groupIds: groupsOf.get(row.id) ?? [] }));
}

// SCIM Users ---------------------------------------------------------------------------------

const scimUserColumns = {
  id: members.id,
  email: members.email,
  name: members.name,
  title: members.title,
  status: members.status,
  externalId: members.externalId,
  managedBy: members.managedBy,
  roleKind: roles.kind,
  roleName: roles.name,
  createdAt: members.createdAt,
  updatedAt: members.updatedAt,
};

export type UserFilter = { userName?: string; externalId?: string };

const userWhere = (orgId: string, filter: UserFilter) =>
  and(
    eq(members.orgId, orgId),
    filter.userName !== undefined ? eq(members.email, filter.userName.trim().toLowerCase()) : undefined,
    filter.externalId !== undefined ? eq(members.externalId, filter.externalId) : undefined,
  );

export async function listScimUsers(db: Db, orgId: string, filter: UserFilter, page: { offset: number; limit: number }) {
  const where = userWhere(orgId, filter);
  const [total] = await db.select({ n: count() }).from(members).where(where);
  const rows = page.limit
    ? await db
        .select(scimUserColumns)
        .from(members)
        .innerJoin(roles, eq(roles.id, members.roleId))
        .where(where)
        .orderBy(asc(members.createdAt), asc(members.id))
        .offset(page.offset)
        .limit(page.limit)
    : [];
  return { total: total?.n ?? 0, rows };
}

export async function findScimUser(db: Db, orgId: string, memberId: string, lock = false) {
  const query = db
    .select(scimUserColumns)
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  const [row] = await (lock ? query.for("update", { of: members }) : query);
  return row ?? null;
}

export type ScimUserRow = NonNullable<Awaited<ReturnType<typeof findScimUser>>>;

/** The directory's fields of a member; marks them managed by it. */
export async function updateScimUser(
  db: Db,
  orgId: string,
  memberId: string,
  fields: { name: string; email: string; title: string | null; externalId: string | null },
) {
  await db
    .update(members)
    .set({ ...fields, managedBy: "scim", updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}

/** Groups of many members at once, for a page of SCIM Users. */
export async function groupsOfMembers(db: Db, orgId: string, memberIds: readonly string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select({ memberId: directoryGroupMembers.memberId, id: directoryGroups.id, displayName: directoryGroups.displayName })
    .from(directoryGroupMembers)
    .innerJoin(directoryGroups, eq(directoryGroups.id, directoryGroupMembers.groupId))
    .where(and(eq(directoryGroupMembers.orgId, orgId), inArray(directoryGroupMembers.memberId, [...memberIds])))
    .orderBy(asc(directoryGroups.displayName));
}
