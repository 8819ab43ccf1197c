import type { Page } from "@playwright/test";

/** Billing → Payment method: the card on file and the form that replaces it. */
export class PaymentMethodPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/billing/payment-method");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Payment method" });
  }

  get cardOnFile() {
    return this.page.getByRole("region", { name: "Card on file" });
  }

  get cardNumber() {
    return this.page.getByLabel("Card number");
  }

  get expiry() {
    return this.page.getByLabel("Expiry (MM/YY)");
  }

  get securityCode() {
    return this.page.getByLabel("Security code (CVC)");
  }

  get saveButton() {
    return this.page.getByRole("button", { name: /^(Replace|Save) card$/ });
  }

  get status() {
    return this.page.getByRole("status");
  }

  async saveCard(number: string, expiry: string, cvc = "123") {
    await this.cardNumber.fill(number);
    await this.expiry.fill(expiry);
    await this.securityCode.fill(cvc);
    await this.saveButton.click();
  }
}
