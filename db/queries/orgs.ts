import { and, eq, gt, isNotNull, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";
import type { Plan } from "@/lib/plans";

export async function findOrganization(db: Db, orgId: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  return row ?? null;
}

export async function setPlan(db: Db, orgId: string, plan: Plan) {
  await db.update(organizations).set({ plan }).where(eq(organizations.id, orgId));
}

export async function hasDemoData(db: Db): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.isDemo, true)).limit(1);
  return rows.length > 0;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return rows.length === 0;
}

/**
 * Row lock on the organisation: serialises changes that must see each other (Owners, plan, who
 * holds which role). "No key update", not "update": rows that merely reference the organisation
 * (audit entries, notices) take a key-share lock on it, and must not queue behind this one.
 */
export async function lockOrganization(db: Db, orgId: string) {
  await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, orgId)).for("no key update");
}

/** Whether members must have two-factor on; returns whether the setting changed. */
export async function setRequireTwoFactor(db: Db, orgId: string, required: boolean): Promise<boolean> {
  const rows = await db
    .update(organizations)
    .set({ requireTwoFactor: required })
    .where(and(eq(organizations.id, orgId), ne(organizations.requireTwoFactor, required)))
    .returning({ id: organizations.id });
  return rows.length > 0;
}

/**
 * One organisation whose trial has passed, its row locked for this transaction. SKIP LOCKED:
 * a server already ending one trial leaves it to that server and takes the next.
 */
export async function claimEndedTrial(db: Db, now: Date) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, plan: organizations.plan, trialEndsAt: organizations.trialEndsAt })
    .from(organizations)
    .where(and(isNotNull(organizations.trialEndsAt), lte(organizations.trialEndsAt, now)))
    .orderBy(organizations.trialEndsAt)
    .limit(1)
    .for("no key update", { skipLocked: true });
  return row ?? null;
}

/** Trials ending within the warning window whose Owners have not been emailed, rows locked (SKIP LOCKED). */
export async function claimTrialsEndingSoon(db: Db, now: Date, before: Date, limit: number) {
  return db
    .select({ id: organizations.id, name: organizations.name, trialEndsAt: organizations.trialEndsAt })
    .from(organizations)
    .where(
      and(
        isNotNull(organizations.trialEndsAt),
        gt(organizations.trialEndsAt, now),
        lte(organizations.trialEndsAt, before),
        isNull(organizations.trialEndingEmailedAt),
      ),
    )
    .limit(limit)
    .for("no key update", { skipLocked: true });
}

export async function markTrialEndingEmailed(db: Db, orgId: string, now: Date) {
  await db.update(organizations).set({ trialEndingEmailedAt: now }).where(eq(organizations.id, orgId));
}

/** The trial is over (a plan was chosen, or it ran out). */
export async function endTrial(db: Db, orgId: string) {
  await db.update(organizations).set({ trialEndsAt: null }).where(eq(organizations.id, orgId));
}

/** Only the first visit writes: later ones match no row. */
export async function markRolesVisited(db: Db, orgId: string, now = new Date()) {
  await db
    .update(organizations)
    .set({ rolesVisitedAt: now })
    .where(and(eq(organizations.id, orgId), isNull(organizations.rolesVisitedAt)));
}
