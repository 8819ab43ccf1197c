import type { Page } from "@playwright/test";

/** Phone Numbers: the organisation's numbers, searchable by number or label. */
export class NumbersPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/numbers${query}`);
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Phone Numbers" });
  }

  get table() {
    return this.page.getByRole("table", { name: "Phone numbers" });
  }

  row(text: string) {
    return this.table.getByRole("row").filter({ hasText: text });
  }

  get buyLink() {
    return this.page.getByRole("link", { name: "Buy a number" });
  }

  get callerIdLink() {
    return this.page.getByRole("link", { name: "Caller ID" });
  }

  async search(query: string) {
    await this.page.getByRole("searchbox", { name: "Search" }).fill(query);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get("q") === query);
  }

  /** Opens the first number listed. */
  async openFirst() {
    await this.table.getByRole("link").first().click();
  }
}
