import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { countSeats, findPaymentMethod, listInvoices } from "@/db/queries/billing";
import { findOrganization } from "@/db/queries/orgs";
import { trialDaysLeft, trialLeftText } from "@/lib/orgs/trial";
import { requirePage } from "@/lib/authz/session";
import { paymentLock, planLock } from "@/lib/billing/capabilities";
import { day, STATUS_LABELS } from "@/lib/billing/invoice-document";
import { formatCents } from "@/lib/billing/money";
import { cardExpiry, cardName } from "@/lib/billing/payment-method";
import { formatDate, plural } from "@/lib/format";
import { canUseCustomRoles, customRoleLimit, customRolesUnavailable, planLabel, pricePerSeatCents } from "@/lib/plans";

export const metadata: Metadata = { title: "Billing" };

const STATUS_TONE = { paid: "success", open: "warning", void: "neutral" } as const;

export default async function BillingPage() {
  const access = await requirePage("/billing");
  const db = getDb();
  const [seats, card, invoices, org] = await Promise.all([
    countSeats(db, access.orgId),
    findPaymentMethod(db, access.orgId),
    listInvoices(db, access.orgId),
    findOrganization(db, access.orgId),
  ]);
  const trialDays = trialDaysLeft(org?.trialEndsAt ?? null);
  const changePlan = planLock(access);
  const changeCard = paymentLock(access);
  const open = invoices.filter((i) => i.status === "open");

  return (
    <AppShell access={access} current="/billing">
      <PageHeader title="Billing" description={`Plan, payment method and invoices for ${access.orgName}.`} />
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="plan-heading" className="text-lg font-semibold">
            Current plan
          </h2>
          <p className="mt-1 text-2xl font-semibold text-slate-900">{planLabel(access.plan)}</p>
          {trialDays !== null && (
            <p className="mt-1 text-sm font-medium text-slate-900">
              {trialLeftText(trialDays)} Choose a plan to keep going; without one, the organisation moves to Starter and custom roles become inactive (kept, not
              deleted).
            </p>
          )}
          <p className="text-sm text-slate-700">
            {formatCents(pricePerSeatCents(access.plan))} per active seat per month · {plural(seats, "active seat")} ·{" "}
            {formatCents(pricePerSeatCents(access.plan) * seats)} a month before numbers and usage
          </p>
          <p className="mt-2 text-sm text-slate-800">
            {canUseCustomRoles(access.plan) ? `Includes up to ${customRoleLimit(access.plan)} custom roles.` : customRolesUnavailable(access.plan)}
          </p>
          <div className="mt-4">
            {changePlan ? (
              <p className="text-sm text-slate-700">{changePlan}</p>
            ) : (
              <Link href="/billing/plans" className={buttonClass("primary")}>
                Change plan
              </Link>
            )}
          </div>
        </section>
        <section aria-labelledby="card-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="card-heading" className="text-lg font-semibold">
            Payment method
          </h2>
          {card ? (
            <>
              <p className="mt-1 text-base font-medium text-slate-900">{cardName(card)}</p>
              <p className="text-sm text-slate-700">
                Expires {cardExpiry(card)} · added {formatDate(card.updatedAt)}
                {card.updatedByName && ` by ${card.updatedByName}`}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-800">No card on file. Invoices are paid by bank transfer until a card is added.</p>
          )}
          <div className="mt-4">
            {changeCard ? (
              <p className="text-sm text-slate-700">{changeCard}</p>
            ) : (
              <Link href="/billing/payment-method" className={buttonClass("secondary")}>
                {card ? "Update payment method" : "Add a payment method"}
              </Link>
            )}
          </div>
        </section>
      </div>

      <section aria-labelledby="invoices-heading" className="mt-8">
        <h2 id="invoices-heading" className="text-lg font-semibold">
          Invoices
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {plural(invoices.length, "invoice")}
          {open.length > 0 && `, ${open.length} awaiting payment (${formatCents(open.reduce((s, i) => s + i.totalCents, 0))})`}.
        </p>
        {invoices.length === 0 ? (
          <p className="text-sm text-slate-700">No invoices yet. The first one is issued at the end of your first month.</p>
        ) : (
          <Table caption="Invoices" width="min-w-[40rem]">
            <THead>
              <Th>Invoice</Th>
              <Th>Period</Th>
              <Th>Plan</Th>
              <Th className="text-right">Amount</Th>
              <Th>Status</Th>
              <Th>
                <span className="sr-only">Download</span>
              </Th>
            </THead>
            <tbody>
              {invoices.map((invoice) => (
                <Tr key={invoice.id}>
                  <Td className="font-medium">
                    {invoice.number}
                    <div className="text-xs font-normal text-slate-700">Issued {formatDate(invoice.issuedAt)}</div>
                  </Td>
                  <Td>
                    {day(invoice.periodStart)} – {day(invoice.periodEnd)}
                  </Td>
                  <Td>{planLabel(invoice.plan)}</Td>
                  <Td className="text-right tabular-nums">{formatCents(invoice.totalCents)}</Td>
                  <Td>
                    <Badge tone={STATUS_TONE[invoice.status]}>{STATUS_LABELS[invoice.status]}</Badge>
                  </Td>
                  <Td className="text-right">
                    <a href={`/billing/invoices/${invoice.id}`} download className="text-brand-700 underline underline-offset-2">
                      Download<span className="sr-only"> invoice {invoice.number}</span>
                    </a>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </AppShell>
  );
}
