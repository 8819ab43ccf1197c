// The payment processor behind one small interface. The default is a local simulator that
// behaves like a processor's test mode; a real adapter (Stripe's) plugs in here. The card
// number and CVC go to the processor only: the product keeps its token, brand, last four
// digits and expiry, and never logs or stores the rest.
import crypto from "node:crypto";

type CardDetails = { number: string; expMonth: number; expYear: number; cvc: string };

type CardField = "cardNumber" | "expiry" | "cvc";

type TokenizedCard = { ok: true; token: string; brand: string; last4: string; expMonth: number; expYear: number };
type CardRefusal = { ok: false; field: CardField | null; message: string };

export interface PaymentProcessor {
  /** Checks the card with the processor and returns a reusable token for it, or why it was refused. */
  saveCard(card: CardDetails, now?: Date): Promise<TokenizedCard | CardRefusal>;
}

/** The test cards the simulator knows, as a processor's test mode documents them. */
export const TEST_CARDS = [
  { number: "4242 4242 4242 4242", result: "Visa, accepted" },
  { number: "5555 5555 5555 4444", result: "Mastercard, accepted" },
  { number: "4000 0000 0000 0002", result: "declined" },
] as const;

const DECLINED = new Set(["4000000000000002"]);

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): string | null {
  if (/^4/.test(digits)) return "Visa";
  const first4 = Number(digits.slice(0, 4));
  if (/^5[1-5]/.test(digits) || (first4 >= 2221 && first4 <= 2720)) return "Mastercard";
  if (/^3[47]/.test(digits)) return "American Express";
  if (/^(6011|65|64[4-9])/.test(digits)) return "Discover";
  return null;
}

const refuse = (field: CardField | null, message: string): CardRefusal => ({ ok: false, field, message });

export const simulatedPayments: PaymentProcessor = {
  async saveCard(card, now = new Date()) {
    const digits = card.number.replace(/[\s-]/g, "");
    if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) return refuse("cardNumber", "This card number is not valid. Check it and try again.");
    const brand = cardBrand(digits);
    if (!brand) return refuse("cardNumber", "This card brand is not accepted. Use Visa, Mastercard, American Express or Discover.");
    if (card.expMonth < 1 || card.expMonth > 12) return refuse("expiry", "Enter the expiry month as a number from 01 to 12.");
    // A card is valid through the last day of its expiry month.
    const expiresAfter = Date.UTC(card.expYear, card.expMonth, 1);
    if (expiresAfter <= now.getTime()) return refuse("expiry", "This card has expired. Use a card with an expiry date in the future.");
    if (card.expYear > now.getUTCFullYear() + 20) return refuse("expiry", "This expiry year is too far in the future.");
    const cvcLength = brand === "American Express" ? 4 : 3;
    if (!new RegExp(`^\\d{${cvcLength}}$`).test(card.cvc)) {
      return refuse("cvc", `The security code of a ${brand} card is ${cvcLength} digits.`);
    }
    if (DECLINED.has(digits)) return refuse(null, "The card was declined by the bank. Use another card or contact the bank.");
    return {
      ok: true,
      token: `pm_sim_${crypto.randomBytes(12).toString("hex")}`,
      brand,
      last4: digits.slice(-4),
      expMonth: card.expMonth,
      expYear: card.expYear,
    };
  },
};

export function paymentProcessor(): PaymentProcessor {
  return simulatedPayments;
}
