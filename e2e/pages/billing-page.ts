import type { Page } from "@playwright/test";

/** Billing: current plan, payment method and invoices. */
export class BillingPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/billing");
  }

  get currentPlan() {
    return this.page.getByRole("region", { name: "Current plan" });
  }

  get paymentMethod() {
    return this.page.getByRole("region", { name: "Payment method" });
  }

  get invoices() {
    return this.page.getByRole("table", { name: "Invoices" });
  }

  get changePlanLink() {
    return this.page.getByRole("link", { name: "Change plan" });
  }

  get updatePaymentMethodLink() {
    return this.page.getByRole("link", { name: "Update payment method" });
  }

  /** Downloads the invoice in the first data row; resolves with its number and the download. */
  async downloadFirstInvoice() {
    const first = this.invoices.getByRole("row").nth(1);
    const number = (await first.getByRole("cell").first().innerText()).split("\n")[0];
    const [download] = await Promise.all([this.page.waitForEvent("download"), first.getByRole("link", { name: `Download invoice ${number}` }).click()]);
    return { number, download };
  }
}
