import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { findPaymentMethod } from "@/db/queries/billing";
import { requirePage } from "@/lib/authz/session";
import { cardExpiry, cardName } from "@/lib/billing/payment-method";
import { formatDate } from "@/lib/format";
import { TEST_CARDS } from "@/lib/providers/payments";
import { CardForm } from "./card-form";

export const metadata: Metadata = { title: "Payment method" };

export default async function PaymentMethodPage() {
  const access = await requirePage("/billing/payment-method");
  const card = await findPaymentMethod(getDb(), access.orgId);

  return (
    <AppShell access={access} current="/billing/payment-method">
      <PageHeader
        back={{ href: "/billing", label: "Billing" }}
        title="Payment method"
        description="The card the organisation pays its invoices with. Switchboard keeps only the brand, last four digits and expiry; the card number and security code go to the payment processor alone."
      />
      <section aria-labelledby="current-card" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="current-card" className="text-lg font-semibold">
          Card on file
        </h2>
        {card ? (
          <p className="mt-1 text-sm text-slate-800">
            <span className="font-medium">{cardName(card)}</span>, expires {cardExpiry(card)}. Added {formatDate(card.updatedAt)}
            {card.updatedByName && ` by ${card.updatedByName}`}.
          </p>
        ) : (
          <p className="mt-1 text-sm text-slate-800">No card on file. Invoices are paid by bank transfer until a card is added.</p>
        )}
      </section>
      <section aria-labelledby="new-card" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-card" className="mb-3 text-lg font-semibold">
          {card ? "Replace the card" : "Add a card"}
        </h2>
        <CardForm orgId={access.orgId} hasCard={!!card} />
        <div className="mt-6 rounded-md bg-slate-50 p-3 text-sm text-slate-800">
          <h3 className="font-medium">Test mode</h3>
          <p>Payments run through a simulated processor. Use any future expiry date and any 3-digit security code with these cards:</p>
          <ul className="mt-1 list-disc pl-5">
            {TEST_CARDS.map((test) => (
              <li key={test.number}>
                <span className="font-mono">{test.number}</span>: {test.result}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </AppShell>
  );
}
