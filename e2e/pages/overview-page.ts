import type { Page } from "@playwright/test";

export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/");
  }

  get yourAccess() {
    return this.page.getByRole("region", { name: "Your access" });
  }

  /** The permissions held in one category, e.g. "Team Management". */
  permissions(category: string) {
    return this.yourAccess.getByRole("list", { name: `${category} permissions` });
  }
}
