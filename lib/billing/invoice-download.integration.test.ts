import { describe, expect, it } from "vitest";
import { invoices } from "@/db/schema";
import { executeHandler } from "@/lib/route-handler";
import { useFreshDatabase } from "@/test/database";
import { makeOrg, sessionOf, withNeeds } from "@/test/fixtures";
import { downloadInvoiceHandler } from "./handlers";
import { invoiceLines, invoiceNumber, invoiceTotal } from "./invoice-lines";

const db = useFreshDatabase();

async function orgWithInvoice() {
  const org = await makeOrg(db, "business");
  const lines = invoiceLines({ plan: "business", seats: 12, numberPrices: [100, 100, 150], outboundMinutes: 1234, outboundMessages: 56 });
  const [invoice] = await db
    .insert(invoices)
    .values({
      orgId: org.org.id,
      number: invoiceNumber(org.org.id, new Date(Date.UTC(2025, 2, 1))),
      plan: "business",
      periodStart: "2025-03-01",
      periodEnd: "2025-03-31",
      lines,
      totalCents: invoiceTotal(lines),
      status: "paid",
      issuedAt: new Date(Date.UTC(2025, 3, 1, 9)),
    })
    .returning();
  return { org, invoice: invoice };
}

const fetchAs = (memberId: string, invoiceId: string) =>
  executeHandler(downloadInvoiceHandler, sessionOf(memberId), new Request(`http://test/billing/invoices/${invoiceId}`), { invoiceId }, db);

describe("downloading an invoice", () => {
  it("returns the invoice as a text attachment with its lines and total", async () => {
    const { org, invoice } = await orgWithInvoice();
    const viewer = await org.holder(withNeeds("billing.view"));
    const response = await fetchAs(viewer.member.id, invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}.txt"`);
    const text = await response.text();
    expect(invoice.totalCents).toBe(12 * 3500 + 2 * 100 + 150 + 1234 + 56);
    for (const expected of [
      `INVOICE ${invoice.number}`,
      `Billed to:    ${org.org.name}`,
      "Period:       1 Mar 2025 to 31 Mar 2025",
      "Status:       Paid",
      "Business plan, per active seat",
      "$420.00",
      "Outbound call minutes",
      "$12.34",
      "$436.40",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("lets Admins download and refuses Agents", async () => {
    const { org, invoice } = await orgWithInvoice();
    expect((await fetchAs((await org.member("admin")).id, invoice.id)).status).toBe(200);
    expect((await fetchAs((await org.member("agent")).id, invoice.id)).status).toBe(403);
  });

  it("treats another organisation's invoice and a malformed id as not found", async () => {
    const { invoice } = await orgWithInvoice();
    const other = await orgWithInvoice();
    const owner = await other.org.member("owner");
    expect((await fetchAs(owner.id, invoice.id)).status).toBe(404);
    expect((await fetchAs(owner.id, "INV-1")).status).toBe(404);
    expect((await fetchAs(owner.id, other.invoice.id)).status).toBe(200);
  });
});
