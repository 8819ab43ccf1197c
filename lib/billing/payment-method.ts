// Replacing the organisation's card: the processor sees the number and CVC, the database
// keeps its token with brand, last four digits and expiry only.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { savePaymentMethod } from "@/db/queries/billing";
import type { Access } from "@/lib/authz/check";
import { invalid } from "@/lib/errors";
import { paymentProcessor, type PaymentProcessor } from "@/lib/providers/payments";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";

export const cardName = (card: { brand: string; last4: string }) => `${card.brand} ending ${card.last4}`;
export const cardExpiry = (card: { expMonth: number; expYear: number }) => `${String(card.expMonth).padStart(2, "0")}/${card.expYear}`;

type Input = { orgId: string; cardNumber: string; expiry: { month: number; year: number }; cvc: string };

export async function updatePaymentMethod(db: Db, actor: Access, input: Input, processor: PaymentProcessor = paymentProcessor()) {
  assertOwnOrganization(actor, input.orgId);
  const result = await processor.saveCard({ number: input.cardNumber, expMonth: input.expiry.month, expYear: input.expiry.year, cvc: input.cvc });
  if (!result.ok) throw invalid(result.message, result.field ? { [result.field]: [result.message] } : undefined);
  const card = { brand: result.brand, last4: result.last4, expMonth: result.expMonth, expYear: result.expYear };
  return db.transaction(async (tx) => {
    const previous = await savePaymentMethod(tx, actor.orgId, { ...card, processorRef: result.token, updatedById: actor.memberId });
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "payment_method.updated",
        { id: actor.orgId, name: cardName(card) },
        { lines: [`Expires ${cardExpiry(card)}`, previous ? `Replaced ${cardName(previous)}` : "First card on file"] },
      ),
    );
    return card;
  });
}
