import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { paymentMethods } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { updatePaymentMethodAction } from "./actions";
import { updatePaymentMethod } from "./payment-method";

const db = useFreshDatabase();

const YEAR = new Date().getUTCFullYear() + 3;
const EXPIRY = `09/${String(YEAR % 100).padStart(2, "0")}`;

async function setup() {
  const org = await makeOrg(db, "business");
  const payer = await org.holder(withNeeds("billing.payment"));
  const card = (number: string, extra: Record<string, string> = {}) =>
    executeAction(
      updatePaymentMethodAction,
      sessionOf(payer.access.memberId),
      form({ orgId: org.org.id, cardNumber: number, expiry: EXPIRY, cvc: "123", ...extra }),
      db,
    );
  const stored = async () => (await db.select().from(paymentMethods).where(eq(paymentMethods.orgId, org.org.id)))[0] ?? null;
  return { org, payer: payer.access, card, stored };
}

afterEach(() => vi.restoreAllMocks());

describe("updating the payment method", () => {
  it("keeps the processor's token with brand, last four digits and expiry only, and never logs the number", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level));
    const { org, payer, card, stored } = await setup();
    expect(await card("4242 4242 4242 4242")).toEqual({ ok: true, message: "Saved. The organisation now pays with the Visa ending 4242." });
    const row = await stored();
    expect(row).toMatchObject({ brand: "Visa", last4: "4242", expMonth: 9, expYear: YEAR, updatedById: payer.memberId });
    expect(row.processorRef).toMatch(/^pm_sim_[0-9a-f]{24}$/);
    expect(JSON.stringify(row)).not.toMatch(/4242424242424242|424242424242|"123"/);
    const [event] = await auditOf(db, org.org.id, "payment_method.updated");
    expect(event).toMatchObject({ targetName: "Visa ending 4242", details: { lines: [`Expires 09/${YEAR}`, "First card on file"] } });
    expect(JSON.stringify(event)).not.toContain("424242424242");
    for (const spy of spies) expect(JSON.stringify(spy.mock.calls)).not.toContain("4242 4242");
  });

  it("replaces the card and says which one it replaced", async () => {
    const { org, card, stored } = await setup();
    await card("4242424242424242");
    expect(await card("5555-5555-5555-4444")).toMatchObject({ ok: true, message: "Saved. The organisation now pays with the Mastercard ending 4444." });
    expect(await stored()).toMatchObject({ brand: "Mastercard", last4: "4444" });
    const events = await auditOf(db, org.org.id, "payment_method.updated");
    expect(events.map((e) => e.details.lines![1])).toEqual(["First card on file", "Replaced Visa ending 4242"]);
  });

  it("shows a declined card as a form error and keeps the card on file", async () => {
    const { card, stored } = await setup();
    await card("4242424242424242");
    expect(await card("4000 0000 0000 0002")).toEqual({
      ok: false,
      code: "invalid",
      formError: "The card was declined by the bank. Use another card or contact the bank.",
    });
    expect(await stored()).toMatchObject({ brand: "Visa", last4: "4242" });
  });

  it.each([
    ["a number failing the Luhn check", "4242 4242 4242 4241", {}, "cardNumber", "This card number is not valid. Check it and try again."],
    ["too few digits", "4242", {}, "cardNumber", "Enter the card number: 12 to 19 digits."],
    ["an expiry in the past", "4242424242424242", { expiry: "01/20" }, "expiry", "This card has expired. Use a card with an expiry date in the future."],
    ["month 13", "4242424242424242", { expiry: "13/40" }, "expiry", "Enter the expiry month as a number from 01 to 12."],
    ["a badly written expiry", "4242424242424242", { expiry: "September" }, "expiry", "Enter the expiry as MM/YY."],
    ["a 2-digit CVC", "4242424242424242", { cvc: "12" }, "cvc", "Enter the 3 or 4 digit security code."],
    ["a 4-digit CVC on a Visa", "4242424242424242", { cvc: "1234" }, "cvc", "The security code of a Visa card is 3 digits."],
  ])("refuses %s beside its field, storing nothing", async (_case, number, extra, field, message) => {
    const { card, stored } = await setup();
    const result = await card(number, extra);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [message] } });
    expect(await stored()).toBeNull();
  });

  it("refuses members without Update payment methods, and Admins", async () => {
    const { org, stored } = await setup();
    const admin = await org.member("admin");
    const viewer = await org.holder(withNeeds("billing.view", "billing.plan"));
    for (const id of [admin.id, viewer.member.id]) {
      const result = await executeAction(
        updatePaymentMethodAction,
        sessionOf(id),
        form({ orgId: org.org.id, cardNumber: "4242424242424242", expiry: EXPIRY, cvc: "123" }),
        db,
      );
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await stored()).toBeNull();
  });

  it("refuses a form opened for another organisation as not found, before the processor sees the card", async () => {
    const { org, stored } = await setup();
    const other = await makeOrg(db, "business");
    const owner = await accessOf(db, (await other.member("owner")).id);
    const processor = { saveCard: vi.fn() };
    await refusal(
      updatePaymentMethod(db, owner, { orgId: org.org.id, cardNumber: "4242424242424242", expiry: { month: 9, year: YEAR }, cvc: "123" }, processor),
      "not_found",
    );
    expect(processor.saveCard).not.toHaveBeenCalled();
    expect(await stored()).toBeNull();
  });

  it("stores nothing when the audit entry cannot be written", async () => {
    const { org, payer, stored } = await setup();
    const broken = { ...payer, name: null as unknown as string };
    await expect(
      updatePaymentMethod(db, broken, { orgId: org.org.id, cardNumber: "4242424242424242", expiry: { month: 9, year: YEAR }, cvc: "123" }),
    ).rejects.toThrow();
    expect(await stored()).toBeNull();
  });
});
