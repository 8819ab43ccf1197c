import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn } from "./columns";
import { organizations, planEnum } from "./orgs";
import { members } from "./members";

export const invoiceStatusEnum = pgEnum("invoice_status", ["paid", "open", "void"]);

export type InvoiceLine = { description: string; quantity: number; unitCents: number };

export const invoices = pgTable(
  "invoices",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    number: text("number").notNull(),
    plan: planEnum("plan").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    lines: jsonb("lines").$type<InvoiceLine[]>().notNull(),
    totalCents: integer("total_cents").notNull(),
    status: invoiceStatusEnum("status").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("invoices_number_unique").on(t.number), index("invoices_org_issued_idx").on(t.orgId, t.issuedAt)],
);

/** The card an organisation pays with: brand, last four digits and expiry only. */
export const paymentMethods = pgTable("payment_methods", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  brand: text("brand").notNull(),
  last4: text("last4").notNull(),
  expMonth: integer("exp_month").notNull(),
  expYear: integer("exp_year").notNull(),
  // The processor's token for the card, so a real processor can charge it later.
  processorRef: text("processor_ref").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedById: uuid("updated_by_id").references(() => members.id, { onDelete: "set null" }),
});

export type Invoice = typeof invoices.$inferSelect;
export type PaymentMethod = typeof paymentMethods.$inferSelect;
