import { findInvoice } from "@/db/queries/billing";
import { notFound } from "@/lib/errors";
import { parseId } from "@/lib/ids";
import { defineHandler, type HandlerDefinition } from "@/lib/route-handler";
import { invoiceFileName, renderInvoice } from "./invoice-document";

export const downloadInvoiceHandler = defineHandler<{ invoiceId: string }>({
  route: "/billing/invoices/[invoiceId]",
  permission: "billing.view",
  async run({ db, actor, params }) {
    const id = parseId(params.invoiceId);
    const invoice = id ? await findInvoice(db, actor.orgId, id) : null;
    if (!invoice) throw notFound("That invoice");
    return new Response(renderInvoice(invoice, actor.orgName), {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="${invoiceFileName(invoice)}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});

export const billingHandlers: HandlerDefinition[] = [downloadInvoiceHandler] as HandlerDefinition[];
