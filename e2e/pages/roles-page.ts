import type { Page } from "@playwright/test";

/** Settings → Roles & Permissions: the list of roles. */
export class RolesPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/settings/roles");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Roles & Permissions" });
  }

  get table() {
    return this.page.getByRole("table", { name: "Roles" });
  }

  get createRoleLink() {
    return this.page.getByRole("link", { name: "Create Role" });
  }

  roleLink(name: string) {
    return this.table.getByRole("link", { name, exact: true });
  }

  roleRow(name: string) {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  duplicateLink(name: string) {
    return this.table.getByRole("link", { name: `Duplicate ${name}`, exact: true });
  }

  get usage() {
    return this.page.getByText(/^\d+ of \d+ custom roles used$/);
  }

  get upgradeNotice() {
    return this.page.getByRole("region", { name: /Custom roles need the Business plan/ });
  }

  get upgradeLink() {
    return this.page.getByRole("link", { name: "Upgrade to Business" });
  }

  deletionNotice(roleName: string) {
    return this.page.getByRole("status").filter({ hasText: `Deleted “${roleName}”.` });
  }

  async openRole(name: string) {
    await this.roleLink(name).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }
}
