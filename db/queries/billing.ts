import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { invoices, members, paymentMethods, roles, type Invoice } from "../schema";

/** Invoices newest first; their lines stay out of the list. */
export async function listInvoices(db: Db, orgId: string) {
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      plan: invoices.plan,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      totalCents: invoices.totalCents,
      status: invoices.status,
      issuedAt: invoices.issuedAt,
    })
    .from(invoices)
    .where(eq(invoices.orgId, orgId))
    .orderBy(desc(invoices.issuedAt), desc(invoices.number));
}

export async function findInvoice(db: Db, orgId: string, invoiceId: string): Promise<Invoice | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)))
    .limit(1);
  return row ?? null;
}

export async function findPaymentMethod(db: Db, orgId: string) {
  const [row] = await db
    .select({
      brand: paymentMethods.brand,
      last4: paymentMethods.last4,
      expMonth: paymentMethods.expMonth,
      expYear: paymentMethods.expYear,
      updatedAt: paymentMethods.updatedAt,
      updatedByName: members.name,
    })
    .from(paymentMethods)
    .leftJoin(members, eq(members.id, paymentMethods.updatedById))
    .where(eq(paymentMethods.orgId, orgId))
    .limit(1);
  return row ?? null;
}

type Card = { brand: string; last4: string; expMonth: number; expYear: number; processorRef: string; updatedById: string | null };

/** One card per organisation: a new one replaces the old. Returns the card it replaced, if any. */
export async function savePaymentMethod(db: Db, orgId: string, card: Card) {
  const [previous] = await db
    .select({ brand: paymentMethods.brand, last4: paymentMethods.last4 })
    .from(paymentMethods)
    .where(eq(paymentMethods.orgId, orgId))
    .for("update");
  await db
    .insert(paymentMethods)
    .values({ orgId, ...card })
    .onConflictDoUpdate({ target: paymentMethods.orgId, set: { ...card, updatedAt: sql`now()` } });
  return previous ?? null;
}

/** Active members: what each plan charges for. */
export async function countSeats(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.status, "active")));
  return row?.total ?? 0;
}

/** Each custom role with its holders, for the downgrade confirmation: roles by name, holders by name. */
export async function customRoleHolders(db: Db, orgId: string) {
  const rows = await db
    .select({
      roleId: roles.id,
      roleName: roles.name,
      memberId: members.id,
      memberName: members.name,
      memberEmail: members.email,
      memberStatus: members.status,
    })
    .from(roles)
    .leftJoin(members, and(eq(members.roleId, roles.id), eq(members.orgId, orgId)))
    .where(and(eq(roles.orgId, orgId), eq(roles.kind, "custom")))
    .orderBy(asc(sql`lower(${roles.name})`), asc(roles.id), asc(members.name), asc(members.id));
  const byRole = new Map<string, { id: string; name: string; members: { id: string; name: string; email: string; active: boolean }[] }>();
  for (const row of rows) {
    const role = byRole.get(row.roleId) ?? { id: row.roleId, name: row.roleName, members: [] };
    byRole.set(row.roleId, role);
    if (row.memberId) {
      role.members.push({ id: row.memberId, name: row.memberName!, email: row.memberEmail!, active: row.memberStatus === "active" });
    }
  }
  return [...byRole.values()];
}
