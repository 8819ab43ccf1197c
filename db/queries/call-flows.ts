import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  callFlowSettings,
  ivrMenus,
  members,
  phoneNumbers,
  ringGroupMembers,
  ringGroups,
  type Holiday,
  type IvrOption,
  type RoutingRule,
  type WeeklyHours,
} from "../schema";
import { DEFAULT_HOURS } from "@/lib/call-flows/hours";

/** Ring groups of the organisation with how many members each rings. */
export async function listRingGroups(db: Db, orgId: string) {
  const counts = db
    .select({ ringGroupId: ringGroupMembers.ringGroupId, total: count().as("total") })
    .from(ringGroupMembers)
    .groupBy(ringGroupMembers.ringGroupId)
    .as("member_counts");
  return db
    .select({
      id: ringGroups.id,
      name: ringGroups.name,
      strategy: ringGroups.strategy,
      timeoutSeconds: ringGroups.timeoutSeconds,
      updatedAt: ringGroups.updatedAt,
      memberCount: sql<number>`coalesce(${counts.total}, 0)::int`,
    })
    .from(ringGroups)
    .leftJoin(counts, eq(counts.ringGroupId, ringGroups.id))
    .where(eq(ringGroups.orgId, orgId))
    .orderBy(asc(sql`lower(${ringGroups.name})`), asc(ringGroups.id));
}

export async function findRingGroup(db: Db, orgId: string, groupId: string) {
  const [row] = await db
    .select()
    .from(ringGroups)
    .where(and(eq(ringGroups.orgId, orgId), eq(ringGroups.id, groupId)))
    .limit(1);
  return row ?? null;
}

export async function findRingGroupByName(db: Db, orgId: string, name: string) {
  const [row] = await db
    .select({ id: ringGroups.id })
    .from(ringGroups)
    .where(and(eq(ringGroups.orgId, orgId), eq(sql`lower(${ringGroups.name})`, name.toLowerCase())))
    .limit(1);
  return row ?? null;
}

/** The group's members in ringing order. */
export async function listRingGroupMembers(db: Db, orgId: string, groupId: string) {
  return db
    .select({ id: members.id, name: members.name, email: members.email, extension: members.extension, status: members.status })
    .from(ringGroupMembers)
    .innerJoin(ringGroups, eq(ringGroups.id, ringGroupMembers.ringGroupId))
    .innerJoin(members, eq(members.id, ringGroupMembers.memberId))
    .where(and(eq(ringGroups.orgId, orgId), eq(ringGroups.id, groupId)))
    .orderBy(asc(ringGroupMembers.position));
}

/** Saves only if nobody saved since `version`; null when they did. */
export async function updateRingGroupIfVersion(
  db: Db,
  orgId: string,
  groupId: string,
  version: number,
  changes: { name: string; strategy: "simultaneous" | "round_robin" | "sequential"; timeoutSeconds: number },
) {
  const [row] = await db
    .update(ringGroups)
    .set({ ...changes, version: sql`${ringGroups.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ringGroups.orgId, orgId), eq(ringGroups.id, groupId), eq(ringGroups.version, version)))
    .returning();
  return row ?? null;
}

/**
 * The group's whole membership, in order; call inside the transaction that checked the group.
 * Scoped like every query: another organisation's group is left alone and its members are not added.
 */
export async function replaceRingGroupMembers(db: Db, orgId: string, groupId: string, memberIds: readonly string[]) {
  const owned = await findOwnedIds(db, orgId, { memberIds, ringGroupIds: [groupId], ivrMenuIds: [] });
  if (!owned.ringGroups.has(groupId)) return;
  await db.delete(ringGroupMembers).where(eq(ringGroupMembers.ringGroupId, groupId));
  const kept = memberIds.filter((id) => owned.members.has(id));
  if (kept.length) {
    await db.insert(ringGroupMembers).values(kept.map((memberId, position) => ({ ringGroupId: groupId, memberId, position })));
  }
}

/** The organisation's numbers that ring a group. */
export async function listRingGroupNumbers(db: Db, orgId: string) {
  return db
    .select({ id: phoneNumbers.id, e164: phoneNumbers.e164, label: phoneNumbers.label, ringGroupId: phoneNumbers.assignedRingGroupId })
    .from(phoneNumbers)
    .where(and(eq(phoneNumbers.orgId, orgId), isNotNull(phoneNumbers.assignedRingGroupId)))
    .orderBy(asc(phoneNumbers.e164));
}

export async function listIvrMenus(db: Db, orgId: string) {
  return db
    .select()
    .from(ivrMenus)
    .where(eq(ivrMenus.orgId, orgId))
    .orderBy(asc(sql`lower(${ivrMenus.name})`), asc(ivrMenus.id));
}

export async function findIvrMenu(db: Db, orgId: string, menuId: string) {
  const [row] = await db
    .select()
    .from(ivrMenus)
    .where(and(eq(ivrMenus.orgId, orgId), eq(ivrMenus.id, menuId)))
    .limit(1);
  return row ?? null;
}

export async function findIvrMenuByName(db: Db, orgId: string, name: string) {
  const [row] = await db
    .select({ id: ivrMenus.id })
    .from(ivrMenus)
    .where(and(eq(ivrMenus.orgId, orgId), eq(sql`lower(${ivrMenus.name})`, name.toLowerCase())))
    .limit(1);
  return row ?? null;
}

export async function updateIvrMenuIfVersion(
  db: Db,
  orgId: string,
  menuId: string,
  version: number,
  changes: { name: string; greeting: string; options: IvrOption[] },
) {
  const [row] = await db
    .update(ivrMenus)
    .set({ ...changes, version: sql`${ivrMenus.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ivrMenus.orgId, orgId), eq(ivrMenus.id, menuId), eq(ivrMenus.version, version)))
    .returning();
  return row ?? null;
}

/** The organisation's hours and routing rules; defaults (version 1) until first saved. */
export async function findCallFlowSettings(db: Db, orgId: string) {
  const [row] = await db.select().from(callFlowSettings).where(eq(callFlowSettings.orgId, orgId)).limit(1);
  return (
    row ?? {
      orgId,
      ...DEFAULT_HOURS,
      hoursVersion: 1,
      routingRules: [] as RoutingRule[],
      routingVersion: 1,
      updatedAt: null,
    }
  );
}

/** Gives the organisation its settings row (with the defaults) if it has none yet. */
export async function ensureCallFlowSettings(db: Db, orgId: string) {
  await db
    .insert(callFlowSettings)
    .values({ orgId, ...DEFAULT_HOURS })
    .onConflictDoNothing({ target: callFlowSettings.orgId });
}

export async function updateHoursIfVersion(
  db: Db,
  orgId: string,
  version: number,
  changes: { timeZone: string; weeklyHours: WeeklyHours; holidays: Holiday[] },
) {
  const [row] = await db
    .update(callFlowSettings)
    .set({ ...changes, hoursVersion: sql`${callFlowSettings.hoursVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(callFlowSettings.orgId, orgId), eq(callFlowSettings.hoursVersion, version)))
    .returning();
  return row ?? null;
}

export async function updateRoutingIfVersion(db: Db, orgId: string, version: number, routingRules: RoutingRule[]) {
  const [row] = await db
    .update(callFlowSettings)
    .set({ routingRules, routingVersion: sql`${callFlowSettings.routingVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(callFlowSettings.orgId, orgId), eq(callFlowSettings.routingVersion, version)))
    .returning();
  return row ?? null;
}

/** Everything a call can be sent to, with names: the organisation's members, ring groups and menus. */
export async function listDestinationTargets(db: Db, orgId: string) {
  const [memberRows, groupRows, menuRows] = await Promise.all([
    db
      .select({ id: members.id, name: members.name, status: members.status })
      .from(members)
      .where(eq(members.orgId, orgId))
      .orderBy(asc(members.name), asc(members.id)),
    db
      .select({ id: ringGroups.id, name: ringGroups.name })
      .from(ringGroups)
      .where(eq(ringGroups.orgId, orgId))
      .orderBy(asc(sql`lower(${ringGroups.name})`)),
    db
      .select({ id: ivrMenus.id, name: ivrMenus.name })
      .from(ivrMenus)
      .where(eq(ivrMenus.orgId, orgId))
      .orderBy(asc(sql`lower(${ivrMenus.name})`)),
  ]);
  return { members: memberRows, ringGroups: groupRows, ivrMenus: menuRows };
}

/** Which of these ids belong to the organisation, by kind. */
export async function findOwnedIds(
  db: Db,
  orgId: string,
  ids: { memberIds: readonly string[]; ringGroupIds: readonly string[]; ivrMenuIds: readonly string[] },
) {
  const [memberRows, groupRows, menuRows] = await Promise.all([
    ids.memberIds.length
      ? db
          .select({ id: members.id })
          .from(members)
          .where(and(eq(members.orgId, orgId), inArray(members.id, [...ids.memberIds])))
      : [],
    ids.ringGroupIds.length
      ? db
          .select({ id: ringGroups.id })
          .from(ringGroups)
          .where(and(eq(ringGroups.orgId, orgId), inArray(ringGroups.id, [...ids.ringGroupIds])))
      : [],
    ids.ivrMenuIds.length
      ? db
          .select({ id: ivrMenus.id })
          .from(ivrMenus)
          .where(and(eq(ivrMenus.orgId, orgId), inArray(ivrMenus.id, [...ids.ivrMenuIds])))
      : [],
  ]);
  return {
    members: new Set(memberRows.map((r) => r.id)),
    ringGroups: new Set(groupRows.map((r) => r.id)),
    ivrMenus: new Set(menuRows.map((r) => r.id)),
  };
}
