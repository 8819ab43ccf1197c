import { and, eq, ne } from "drizzle-orm";
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
