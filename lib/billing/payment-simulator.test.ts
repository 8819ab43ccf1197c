import { describe, expect, it } from "vitest";
import { cardBrand, luhnValid, simulatedPayments, TEST_CARDS } from "@/lib/providers/payments";

const NOW = new Date(Date.UTC(2026, 4, 15));
const save = (number: string, expMonth = 12, expYear = 2030, cvc = "123") => simulatedPayments.saveCard({ number, expMonth, expYear, cvc }, NOW);

describe("the simulated payment processor", () => {
  it("accepts the documented test cards and declines the declining one", async () => {
    expect(TEST_CARDS.map((c) => c.number)).toEqual(["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002"]);
    expect(await save("4242 4242 4242 4242")).toMatchObject({ ok: true, brand: "Visa", last4: "4242", expMonth: 12, expYear: 2030 });
    expect(await save("5555555555554444")).toMatchObject({ ok: true, brand: "Mastercard", last4: "4444" });
    expect(await save("4000000000000002")).toEqual({
      ok: false,
      field: null,
      message: "The card was declined by the bank. Use another card or contact the bank.",
    });
  });

  it("gives each saved card its own token", async () => {
    const a = await save("4242424242424242");
    const b = await save("4242424242424242");
    expect(a.ok && b.ok && a.token !== b.token).toBe(true);
  });

  it("checks the Luhn digit and knows the usual brands", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("79927398713")).toBe(true);
    expect(cardBrand("378282246310005")).toBe("American Express");
    expect(cardBrand("2223003122003222")).toBe("Mastercard");
    expect(cardBrand("6011111111111117")).toBe("Discover");
    expect(cardBrand("9999999999999995")).toBeNull();
  });

  it("takes a card through the last day of its expiry month", async () => {
    expect(await save("4242424242424242", 5, 2026)).toMatchObject({ ok: true });
    expect(await save("4242424242424242", 4, 2026)).toMatchObject({ ok: false, field: "expiry" });
    expect(await save("4242424242424242", 0, 2027)).toMatchObject({ ok: false, field: "expiry" });
    expect(await save("4242424242424242", 1, 2060)).toMatchObject({ ok: false, field: "expiry" });
  });

  it("asks American Express for 4 CVC digits and the others for 3", async () => {
    expect(await save("378282246310005", 1, 2030, "1234")).toMatchObject({ ok: true, brand: "American Express" });
    expect(await save("378282246310005", 1, 2030, "123")).toMatchObject({ ok: false, field: "cvc" });
    expect(await save("4242424242424242", 1, 2030, "1234")).toMatchObject({ ok: false, field: "cvc" });
  });

  it("refuses unknown brands and invalid numbers on the number field", async () => {
    expect(await save("9999999999999995")).toMatchObject({ ok: false, field: "cardNumber" });
    expect(await save("4242")).toMatchObject({ ok: false, field: "cardNumber" });
  });
});
