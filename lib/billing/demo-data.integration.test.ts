// The demo data of the Billing and Integrations areas, built for a Business and a Starter org.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findPaymentMethod, listInvoices } from "@/db/queries/billing";
import { listIntegrations } from "@/db/queries/integrations";
import { integrations, organizations } from "@/db/schema";
import { seedBilling } from "@/db/seed/billing";
import { seedContext } from "@/db/seed/context";
import { seedIntegrations } from "@/db/seed/integrations";
import { open } from "@/lib/crypto/secret-box";
import { keyContext } from "@/lib/integrations/service";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";

const db = useFreshDatabase();

async function seeded(plan: "business" | "starter", members: number) {
  const org = await makeOrg(db, plan);
  await org.member("owner");
  await org.member("admin");
  for (let i = 2; i < members; i++) await org.member("agent");
  const [row] = await db.select().from(organizations).where(eq(organizations.id, org.org.id));
  await seedIntegrations(await seedContext(db, row, 1));
  await seedBilling(await seedContext(db, row, 1));
  return row;
}

describe("billing and integrations demo data", () => {
  it("gives the Business org a year of paid monthly invoices, a Visa ending 4242, and HubSpot and Zendesk connected", async () => {
    const org = await seeded("business", 6);
    const invoices = await listInvoices(db, org.id);
    expect(invoices).toHaveLength(12);
    expect(invoices.every((i) => i.status === "paid")).toBe(true);
    expect(new Set(invoices.map((i) => i.periodStart.slice(0, 7))).size).toBe(12);
    expect(invoices.map((i) => i.plan).slice(-4)).toEqual(["pro", "pro", "pro", "pro"]);
    expect(invoices[0].plan).toBe("business");
    expect(invoices[0].issuedAt.getTime()).toBeLessThan(Date.now());

    expect(await findPaymentMethod(db, org.id)).toMatchObject({ brand: "Visa", last4: "4242" });

    const cards = await listIntegrations(db, org.id);
    expect(cards.map((c) => [c.provider, c.connected])).toEqual([
      ["hubspot", true],
      ["pipedrive", false],
      ["zendesk", true],
    ]);
    const rows = await db.select().from(integrations).where(eq(integrations.orgId, org.id));
    for (const row of rows.filter((r) => r.apiKeyCiphertext)) {
      const key = open(row.apiKeyCiphertext!, keyContext(org.id, row.provider));
      expect(key.startsWith("test_")).toBe(true);
      expect(key.slice(-4)).toBe(row.apiKeyLast4);
    }
  });

  it("gives the Starter org three invoices, the latest awaiting payment, and no card", async () => {
    const org = await seeded("starter", 2);
    const invoices = await listInvoices(db, org.id);
    expect(invoices.map((i) => i.status)).toEqual(["open", "paid", "paid"]);
    expect(invoices.every((i) => i.plan === "starter" && i.totalCents === 2 * 1500)).toBe(true);
    expect(await findPaymentMethod(db, org.id)).toBeNull();
    expect(await listIntegrations(db, org.id)).toEqual([]);
  });
});
