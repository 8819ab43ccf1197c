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

  get search() {
    return this.page.getByRole("search", { name: "Search roles" });
  }

  get searchBox() {
    return this.search.getByRole("searchbox", { name: "Search roles" });
  }

  /** The button in a column header that orders the list by that column. */
  sortButton(column: string) {
    return this.table.getByRole("columnheader", { name: column }).getByRole("button", { name: column, exact: true });
  }

  columnHeader(column: string) {
    return this.table.getByRole("columnheader", { name: column });
  }

  /** The roles as listed, top to bottom, with their member counts. */
  async listed(): Promise<{ name: string; members: number }[]> {
    const rows = await this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") })
      .all();
    return Promise.all(
      rows.map(async (row) => ({
        name: (await row.getByRole("link").first().textContent())!,
        members: Number(await row.getByRole("cell").nth(2).getByRole("link").textContent()),
      })),
    );
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
