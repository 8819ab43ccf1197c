import type { Page } from "@playwright/test";

/** Settings › Webhooks: the add form, the signing secret shown once, each endpoint with its delivery log. */
export class WebhooksPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/settings/webhooks");
  }

  /** Adds an endpoint for every event (all are on to start with). */
  async add(url: string) {
    await this.page.getByRole("textbox", { name: "Endpoint URL" }).fill(url);
    await this.page.getByRole("button", { name: "Add endpoint" }).click();
  }

  /** The new endpoint's signing secret, shown once after it is added. */
  get secret() {
    return this.page.getByRole("textbox", { name: "Signing secret" });
  }

  deliveries(url: string) {
    return this.page.getByRole("table", { name: `Deliveries to ${url}` });
  }

  async delete(url: string) {
    await this.page.getByRole("button", { name: `Delete ${url}` }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
  }
}
