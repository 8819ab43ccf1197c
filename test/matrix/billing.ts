import { invoices } from "@/db/schema";
import { invoiceLines, invoiceNumber, invoiceTotal } from "@/lib/billing/invoice-lines";
import type { MatrixArea } from "./types";

const nextYear = () => String((new Date().getUTCFullYear() + 2) % 100).padStart(2, "0");

export const billingMatrix: MatrixArea = {
  async build(db, { org }) {
    const lines = invoiceLines({ plan: "business", seats: 3, numberPrices: [100], outboundMinutes: 40, outboundMessages: 0 });
    const [row] = await db
      .insert(invoices)
      .values({
        orgId: org.org.id,
        number: invoiceNumber(org.org.id, new Date(Date.UTC(2025, 0, 1))),
        plan: "business",
        periodStart: "2025-01-01",
        periodEnd: "2025-01-31",
        lines,
        totalCents: invoiceTotal(lines),
        status: "paid",
        issuedAt: new Date(Date.UTC(2025, 1, 1, 9)),
      })
      .returning({ id: invoices.id });
    return { invoice: row.id };
  },
  forms: {
    // An upgrade from the scene's Business plan: no confirmation needed.
    "billing.changePlan": (s) => ({ orgId: s.org.org.id, plan: "enterprise" }),
    "billing.updatePaymentMethod": (s) => ({ orgId: s.org.org.id, cardNumber: "4242 4242 4242 4242", expiry: `12/${nextYear()}`, cvc: "123" }),
  },
  handlers: {
    "/billing/invoices/[invoiceId]": (s) => ({ invoiceId: s.ids.invoice }),
  },
};
