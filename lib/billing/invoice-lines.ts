// How a month's bill is made up: seats on the plan, phone numbers, and metered usage.
import type { InvoiceLine } from "@/db/schema";
import { planLabel, pricePerSeatCents, type Plan } from "@/lib/plans";

const OUTBOUND_MINUTE_CENTS = 1;
const OUTBOUND_SMS_CENTS = 1;

export type MonthUsage = {
  plan: Plan;
  seats: number;
  /** Monthly price of each phone number held in the month. */
  numberPrices: number[];
  outboundMinutes: number;
  outboundMessages: number;
};

export function invoiceLines(usage: MonthUsage): InvoiceLine[] {
  const lines: InvoiceLine[] = [
    { description: `${planLabel(usage.plan)} plan, per active seat`, quantity: usage.seats, unitCents: pricePerSeatCents(usage.plan) },
  ];
  const byPrice = new Map<number, number>();
  for (const price of usage.numberPrices) byPrice.set(price, (byPrice.get(price) ?? 0) + 1);
  for (const [unitCents, quantity] of [...byPrice].sort((a, b) => a[0] - b[0])) {
    lines.push({ description: "Phone numbers", quantity, unitCents });
  }
  if (usage.outboundMinutes > 0) lines.push({ description: "Outbound call minutes", quantity: usage.outboundMinutes, unitCents: OUTBOUND_MINUTE_CENTS });
  if (usage.outboundMessages > 0) lines.push({ description: "Outbound SMS messages", quantity: usage.outboundMessages, unitCents: OUTBOUND_SMS_CENTS });
  return lines;
}

export const invoiceTotal = (lines: InvoiceLine[]) => lines.reduce((sum, line) => sum + line.quantity * line.unitCents, 0);

/** Unique across organisations: the organisation's id prefix and the billed month. */
export const invoiceNumber = (orgId: string, periodStart: Date) =>
  `INV-${orgId.slice(0, 8).toUpperCase()}-${periodStart.getUTCFullYear()}${String(periodStart.getUTCMonth() + 1).padStart(2, "0")}`;
