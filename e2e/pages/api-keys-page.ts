import type { Page } from "@playwright/test";

/** Settings › API keys: the create form, the key shown once, and the list with Revoke. */
export class ApiKeysPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/settings/api-keys");
  }

  /** Fills and sends the form; the permissions by their registry labels. */
  async create(name: string, permissions: string[]) {
    await this.page.getByLabel("Key name").fill(name);
    for (const label of permissions) await this.page.getByRole("switch", { name: label, exact: true }).click();
    await this.page.getByRole("button", { name: "Create API key" }).click();
  }

  /** The new key, shown once after it is created. */
  get newKey() {
    return this.page.getByRole("textbox", { name: "Your new API key" });
  }

  get table() {
    return this.page.getByRole("table", { name: "API keys" });
  }

  row(name: string) {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }
}
