import type { Page } from "@playwright/test";

/** A custom role's History tab: versions and membership changes, newest first. */
export class RoleHistoryPage {
  constructor(readonly page: Page) {}

  async goto(roleId: string) {
    return this.page.goto(`/settings/roles/${roleId}/history`);
  }

  tab(name: "Permissions" | "History" | "Review") {
    return this.page.getByRole("navigation", { name: "Role" }).getByRole("link", { name, exact: true });
  }

  get entries() {
    return this.page.getByRole("list", { name: "History" }).locator(":scope > li");
  }

  version(number: number) {
    return this.entries.filter({ has: this.page.getByRole("heading", { level: 2, name: new RegExp(`^Version ${number}(?!\\d)`) }) });
  }

  restoreButton(number: number) {
    return this.page.getByRole("button", { name: `Restore version ${number}`, exact: true });
  }

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }
}
