import { and, asc, count, eq, ilike, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { members, phoneNumbers, ringGroups, type NewPhoneNumber } from "../schema";
import { escapeLike } from "./members";

const NUMBERS_PAGE_SIZE = 25;

function numberWhere(orgId: string, q: string): SQL {
  const conditions: SQL[] = [eq(phoneNumbers.orgId, orgId)];
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    const matches = [ilike(phoneNumbers.label, pattern), ilike(members.name, pattern), ilike(ringGroups.name, pattern)];
    // However the number was typed: "(212) 555", "212-555", or UK style with the trunk 0.
    const digits = q.replace(/\D/g, "").replace(/^0/, "");
    if (digits.length >= 2) matches.push(sql`${phoneNumbers.e164} like ${`%${digits}%`}`);
    conditions.push(or(...matches)!);
  }
  return and(...conditions)!;
}

const numberColumns = {
  id: phoneNumbers.id,
  e164: phoneNumbers.e164,
  label: phoneNumbers.label,
  country: phoneNumbers.country,
  areaCode: phoneNumbers.areaCode,
  monthlyPriceCents: phoneNumbers.monthlyPriceCents,
  purchasedAt: phoneNumbers.purchasedAt,
  carrierRef: phoneNumbers.carrierRef,
  memberId: members.id,
  memberName: members.name,
  memberStatus: members.status,
  ringGroupId: ringGroups.id,
  ringGroupName: ringGroups.name,
};

/** One page of the organisation's numbers with who each rings, plus the monthly total of all. */
export async function listNumbers(db: Db, orgId: string, filter: { q?: string; page?: number }) {
  const q = filter.q?.trim() ?? "";
  const where = numberWhere(orgId, q);
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [totals]] = await Promise.all([
    db
      .select(numberColumns)
      .from(phoneNumbers)
      .leftJoin(members, eq(members.id, phoneNumbers.assignedMemberId))
      .leftJoin(ringGroups, eq(ringGroups.id, phoneNumbers.assignedRingGroupId))
      .where(where)
      .orderBy(asc(phoneNumbers.e164))
      .limit(NUMBERS_PAGE_SIZE)
      .offset((page - 1) * NUMBERS_PAGE_SIZE),
    db
      .select({ total: count(), monthlyCents: sql<number>`coalesce(sum(${phoneNumbers.monthlyPriceCents}), 0)::int` })
      .from(phoneNumbers)
      .leftJoin(members, eq(members.id, phoneNumbers.assignedMemberId))
      .leftJoin(ringGroups, eq(ringGroups.id, phoneNumbers.assignedRingGroupId))
      .where(where),
  ]);
  return { rows, total: totals?.total ?? 0, monthlyCents: totals?.monthlyCents ?? 0, page, pageSize: NUMBERS_PAGE_SIZE };
}

export async function findNumber(db: Db, orgId: string, numberId: string) {
  const [row] = await db
    .select(numberColumns)
    .from(phoneNumbers)
    .leftJoin(members, eq(members.id, phoneNumbers.assignedMemberId))
    .leftJoin(ringGroups, eq(ringGroups.id, phoneNumbers.assignedRingGroupId))
    .where(and(eq(phoneNumbers.orgId, orgId), eq(phoneNumbers.id, numberId)))
    .limit(1);
  return row ?? null;
}

/** Every number of the organisation, for pickers (caller ID, sending number). */
export async function numberOptions(db: Db, orgId: string) {
  return db
    .select({ id: phoneNumbers.id, e164: phoneNumbers.e164, label: phoneNumbers.label, country: phoneNumbers.country })
    .from(phoneNumbers)
    .where(eq(phoneNumbers.orgId, orgId))
    .orderBy(asc(phoneNumbers.e164));
}

/**
 * Which of these numbers any organisation holds. Deliberately not scoped to one
 * organisation: it answers the carrier's question "is this number still for sale?",
 * returns only numbers the caller named, and nothing about who holds them.
 */
export async function heldNumbers(db: Db, e164s: string[]): Promise<Set<string>> {
  if (e164s.length === 0) return new Set();
  const rows = await db.select({ e164: phoneNumbers.e164 }).from(phoneNumbers).where(inArray(phoneNumbers.e164, e164s));
  return new Set(rows.map((r) => r.e164));
}

/** Null when any organisation already holds the number. */
export async function insertNumber(db: Db, number: NewPhoneNumber) {
  const [row] = await db.insert(phoneNumbers).values(number).onConflictDoNothing({ target: phoneNumbers.e164 }).returning();
  return row ?? null;
}

export async function setNumberAssignment(db: Db, orgId: string, numberId: string, target: { memberId: string | null; ringGroupId: string | null }) {
  const [row] = await db
    .update(phoneNumbers)
    .set({ assignedMemberId: target.memberId, assignedRingGroupId: target.ringGroupId })
    .where(and(eq(phoneNumbers.orgId, orgId), eq(phoneNumbers.id, numberId)))
    .returning({ id: phoneNumbers.id });
  return !!row;
}

/** Row lock on one number: two people reassigning it at once are applied one after the other. */
export async function lockNumber(db: Db, orgId: string, numberId: string) {
  const [row] = await db
    .select({ id: phoneNumbers.id })
    .from(phoneNumbers)
    .where(and(eq(phoneNumbers.orgId, orgId), eq(phoneNumbers.id, numberId)))
    .for("update")
    .limit(1);
  return !!row;
}

export async function findRingGroupName(db: Db, orgId: string, ringGroupId: string) {
  const [row] = await db
    .select({ id: ringGroups.id, name: ringGroups.name })
    .from(ringGroups)
    .where(and(eq(ringGroups.orgId, orgId), eq(ringGroups.id, ringGroupId)))
    .limit(1);
  return row ?? null;
}

/** What a number can ring: active members and ring groups, by name. */
export async function assignmentTargets(db: Db, orgId: string) {
  const [memberRows, groupRows] = await Promise.all([
    db
      .select({ id: members.id, name: members.name })
      .from(members)
      .where(and(eq(members.orgId, orgId), eq(members.status, "active")))
      .orderBy(asc(members.name), asc(members.id)),
    db
      .select({ id: ringGroups.id, name: ringGroups.name })
      .from(ringGroups)
      .where(eq(ringGroups.orgId, orgId))
      .orderBy(asc(ringGroups.name), asc(ringGroups.id)),
  ]);
  return { members: memberRows, ringGroups: groupRows };
}

/** Every member with the number they show when calling out, for the caller ID page. */
export async function listCallerIds(db: Db, orgId: string) {
  return db
    .select({
      id: members.id,
      name: members.name,
      extension: members.extension,
      status: members.status,
      callerIdNumberId: members.callerIdNumberId,
      callerIdE164: phoneNumbers.e164,
    })
    .from(members)
    .leftJoin(phoneNumbers, and(eq(phoneNumbers.id, members.callerIdNumberId), eq(phoneNumbers.orgId, orgId)))
    .where(eq(members.orgId, orgId))
    .orderBy(asc(members.name), asc(members.id));
}

export async function findCallerId(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({ id: members.id, name: members.name, status: members.status, callerIdNumberId: members.callerIdNumberId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .for("update")
    .limit(1);
  return row ?? null;
}

/** The number a member calls out with, if any: where their new texts start from by default. */
export async function callerIdOf(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({ numberId: members.callerIdNumberId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row?.numberId ?? null;
}

export async function setCallerId(db: Db, orgId: string, memberId: string, numberId: string | null) {
  await db
    .update(members)
    .set({ callerIdNumberId: numberId, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}

/** Members who show this number when calling out. */
export async function callerIdUsers(db: Db, orgId: string, numberId: string) {
  return db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.callerIdNumberId, numberId), isNotNull(members.callerIdNumberId)))
    .orderBy(asc(members.name));
}
