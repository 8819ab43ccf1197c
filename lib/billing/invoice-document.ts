// The downloadable invoice: a plain-text document anyone can open, print or forward.
import type { Invoice } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { planLabel } from "@/lib/plans";
import { formatCents } from "./money";

export const STATUS_LABELS: Record<Invoice["status"], string> = { paid: "Paid", open: "Awaiting payment", void: "Void" };

/** `date` columns arrive as "YYYY-MM-DD": a calendar day, shown in UTC. */
export const day = (value: string) => formatDate(new Date(`${value}T00:00:00Z`));

export const invoiceFileName = (invoice: Pick<Invoice, "number">) => `${invoice.number.replace(/[^A-Za-z0-9-]/g, "")}.txt`;

const WIDTH = 78;
const row = (description: string, qty: string, unit: string, amount: string) =>
  `${description.slice(0, 40).padEnd(40)}${qty.padStart(8)}${unit.padStart(14)}${amount.padStart(16)}`;

export function renderInvoice(invoice: Invoice, orgName: string): string {
  const rule = "-".repeat(WIDTH);
  const field = (label: string, value: string) => `${`${label}:`.padEnd(14)}${value}`;
  return [
    "Switchboard",
    `INVOICE ${invoice.number}`,
    "",
    field("Billed to", orgName),
    field("Issued", formatDate(invoice.issuedAt)),
    field("Period", `${day(invoice.periodStart)} to ${day(invoice.periodEnd)}`),
    field("Plan", planLabel(invoice.plan)),
    field("Status", STATUS_LABELS[invoice.status]),
    "",
    row("Description", "Qty", "Unit price", "Amount"),
    rule,
    ...invoice.lines.map((line) => row(line.description, String(line.quantity), formatCents(line.unitCents), formatCents(line.quantity * line.unitCents))),
    rule,
    row("Total (USD)", "", "", formatCents(invoice.totalCents)),
    "",
    "Prices are per month. Questions about this invoice: billing@switchboard.example",
    "",
  ].join("\n");
}
