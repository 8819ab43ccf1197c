import { describe, expect, it } from "vitest";
import { comparePlans, PLANS, pricePerSeatCents } from "@/lib/plans";
import { invoiceLines, invoiceNumber, invoiceTotal } from "./invoice-lines";
import { formatCents } from "./money";
import { deactivatesCustomRoles } from "./plan-change";

describe("plan prices and order", () => {
  it("prices each plan per seat, rising with the plan", () => {
    expect(PLANS.map(pricePerSeatCents)).toEqual([1500, 2500, 3500, 5500]);
    expect(formatCents(pricePerSeatCents("business") * 26)).toBe("$910.00");
  });

  it("orders plans from Starter to Enterprise", () => {
    expect(comparePlans("business", "pro")).toBeLessThan(0);
    expect(comparePlans("starter", "enterprise")).toBeGreaterThan(0);
    expect(comparePlans("pro", "pro")).toBe(0);
  });

  it.each([
    ["business", "pro", true],
    ["enterprise", "starter", true],
    ["enterprise", "business", false],
    ["pro", "starter", false],
    ["starter", "business", false],
  ] as const)("%s → %s turns custom roles off: %s", (from, to, off) => {
    expect(deactivatesCustomRoles(from, to)).toBe(off);
  });
});

describe("invoice lines", () => {
  it("charges seats, numbers by price, and metered usage; omits usage that did not happen", () => {
    const lines = invoiceLines({ plan: "pro", seats: 4, numberPrices: [150, 100, 100], outboundMinutes: 0, outboundMessages: 7 });
    expect(lines).toEqual([
      { description: "Pro plan, per active seat", quantity: 4, unitCents: 2500 },
      { description: "Phone numbers", quantity: 2, unitCents: 100 },
      { description: "Phone numbers", quantity: 1, unitCents: 150 },
      { description: "Outbound SMS messages", quantity: 7, unitCents: 1 },
    ]);
    expect(invoiceTotal(lines)).toBe(10000 + 200 + 150 + 7);
  });

  it("numbers invoices by organisation and month", () => {
    expect(invoiceNumber("3a2ed07b-0000-4000-8000-000000000000", new Date(Date.UTC(2026, 0, 1)))).toBe("INV-3A2ED07B-202601");
  });
});
