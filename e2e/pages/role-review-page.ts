import type { Page } from "@playwright/test";

/** A custom role's review: its permissions with last use, its members, then the decision. */
export class RoleReviewPage {
  constructor(readonly page: Page) {}

  async goto(roleId: string) {
    return this.page.goto(`/settings/roles/${roleId}/review`);
  }

  get permissions() {
    return this.page.getByRole("table", { name: /^Permissions of / });
  }

  permissionRow(label: string) {
    return this.permissions.getByRole("row").filter({ has: this.page.getByRole("cell", { name: label, exact: true }) });
  }

  get members() {
    return this.page.getByRole("region", { name: "2. Members" });
  }

  get unused() {
    return this.page.getByRole("group", { name: "Remove unused permissions" });
  }

  checkbox(label: string) {
    return this.unused.getByRole("checkbox", { name: label, exact: true });
  }

  get removeButton() {
    return this.page.getByRole("button", { name: "Remove and finish review" });
  }

  get stillCorrectButton() {
    return this.page.getByRole("button", { name: "Still correct" });
  }

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }
}
