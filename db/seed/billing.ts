// A year of invoices for Acme (Pro, then Business as the team grew) with a Visa on file;
// Bolt signed up three months ago, pays by bank transfer and has no card.
import { and, eq, gte, sql } from "drizzle-orm";
import { calls, invoices, messages, paymentMethods, phoneNumbers, auditEvents, type NewAuditEvent } from "../schema";
import { invoiceLines, invoiceNumber, invoiceTotal } from "@/lib/billing/invoice-lines";
import type { Plan } from "@/lib/plans";
import type { SeedContext } from "./context";

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

async function monthlyUsage(ctx: SeedContext, since: Date) {
  const month = (column: typeof calls.startedAt | typeof messages.createdAt) =>
    sql<string>`to_char(date_trunc('month', ${column} at time zone 'UTC'), 'YYYY-MM')`;
  const [minutes, texts, numbers] = await Promise.all([
    ctx.db
      .select({ month: month(calls.startedAt), total: sql<number>`ceil(sum(${calls.handleSeconds}) / 60.0)::int` })
      .from(calls)
      .where(and(eq(calls.orgId, ctx.org.id), eq(calls.direction, "outbound"), gte(calls.startedAt, since)))
      .groupBy(month(calls.startedAt)),
    ctx.db
      .select({ month: month(messages.createdAt), total: sql<number>`count(*)::int` })
      .from(messages)
      .where(and(eq(messages.orgId, ctx.org.id), eq(messages.direction, "outbound"), gte(messages.createdAt, since)))
      .groupBy(month(messages.createdAt)),
    ctx.db
      .select({ price: phoneNumbers.monthlyPriceCents, purchasedAt: phoneNumbers.purchasedAt })
      .from(phoneNumbers)
      .where(eq(phoneNumbers.orgId, ctx.org.id)),
  ]);
  return {
    minutes: new Map(minutes.map((r) => [r.month, Number(r.total)])),
    texts: new Map(texts.map((r) => [r.month, Number(r.total)])),
    numbers,
  };
}

// Business stands for the established customer with a year of history; a Starter org is new.
export async function seedBilling(ctx: SeedContext): Promise<void> {
  const acme = ctx.org.plan === "business";
  const months = acme ? 12 : 3;
  const thisMonth = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), 1));
  const first = new Date(Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() - months, 1));
  const usage = await monthlyUsage(ctx, first);
  const activeSeats = ctx.members.filter((m) => m.status === "active").length;

  const rows = Array.from({ length: months }, (_, i) => {
    const start = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const key = iso(start).slice(0, 7);
    const plan: Plan = acme ? (i < 4 ? "pro" : "business") : "starter";
    // The team grew into today's size over the year.
    const seats = Math.max(1, activeSeats - Math.floor((months - 1 - i) * (acme ? 0.8 : 0)));
    const lines = invoiceLines({
      plan,
      seats,
      numberPrices: usage.numbers.filter((n) => n.purchasedAt < next).map((n) => n.price),
      outboundMinutes: usage.minutes.get(key) ?? 0,
      outboundMessages: usage.texts.get(key) ?? 0,
    });
    const latest = i === months - 1;
    return {
      orgId: ctx.org.id,
      number: invoiceNumber(ctx.org.id, start),
      plan,
      periodStart: iso(start),
      periodEnd: iso(new Date(next.getTime() - DAY)),
      lines,
      totalCents: invoiceTotal(lines),
      status: !acme && latest ? ("open" as const) : ("paid" as const),
      issuedAt: new Date(next.getTime() + 9 * 3_600_000),
    };
  });
  await ctx.db.insert(invoices).values(rows);

  if (!acme) return;
  const owner = ctx.members.find((m) => m.roleKind === "owner") ?? null;
  const cardSavedAt = new Date(first.getTime() - 3 * DAY);
  await ctx.db.insert(paymentMethods).values({
    orgId: ctx.org.id,
    brand: "Visa",
    last4: "4242",
    expMonth: 8,
    expYear: ctx.now.getUTCFullYear() + 2,
    processorRef: "pm_sim_seed_acme_visa",
    updatedAt: cardSavedAt,
    updatedById: owner?.id ?? null,
  });
  const events: NewAuditEvent[] = [
    {
      orgId: ctx.org.id,
      actorId: owner?.id ?? null,
      actorName: owner?.name ?? "Switchboard",
      action: "payment_method.updated",
      targetId: ctx.org.id,
      targetName: "Visa ending 4242",
      details: { lines: [`Expires 08/${ctx.now.getUTCFullYear() + 2}`, "First card on file"] },
      createdAt: cardSavedAt,
    },
    {
      orgId: ctx.org.id,
      actorId: owner?.id ?? null,
      actorName: owner?.name ?? "Switchboard",
      action: "org.plan_changed",
      targetId: ctx.org.id,
      targetName: ctx.org.name,
      details: { fromPlan: "Pro", toPlan: "Business" },
      createdAt: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 4, 1) - 5 * DAY),
    },
  ];
  await ctx.db.insert(auditEvents).values(events);
}
