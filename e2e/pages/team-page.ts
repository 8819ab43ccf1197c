import type { Page } from "@playwright/test";

/** Settings → Team Members. */
export class TeamPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/settings/team${query}`);
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Team Members" });
  }

  get filters() {
    return this.page.getByRole("search", { name: "Filter members" });
  }

  get searchBox() {
    return this.filters.getByRole("searchbox", { name: "Search" });
  }

  get roleFilter() {
    return this.filters.getByRole("combobox", { name: "Filter by role" });
  }

  /** The column header's button that orders the list by it. */
  sortButton(column: string) {
    return this.table.getByRole("columnheader", { name: column }).getByRole("button", { name: column, exact: true });
  }

  columnHeader(column: string) {
    return this.table.getByRole("columnheader", { name: column });
  }

  get exportLink() {
    return this.page.getByRole("link", { name: "Export CSV" });
  }

  get table() {
    return this.page.getByRole("table", { name: "Team members" });
  }

  /** Data rows only (the header row holds column headers, not cells). */
  get rows() {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  row(name: string) {
    return this.rows.filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  memberLink(name: string) {
    return this.table.getByRole("link", { name, exact: true });
  }

  get pagination() {
    return this.page.getByRole("navigation", { name: "Pagination" });
  }

  get nextLink() {
    return this.pagination.getByRole("link", { name: "Next" });
  }

  get previousLink() {
    return this.pagination.getByRole("link", { name: "Previous" });
  }

  /** Types into the search box: the list follows once typing pauses, no button needed. */
  async search(text: string) {
    await this.searchBox.fill(text);
    await this.page.waitForURL((url) => url.searchParams.get("q") === text);
  }

  async filterByRole(roleName: string) {
    await this.roleFilter.selectOption({ label: roleName });
    await this.page.waitForURL((url) => !!url.searchParams.get("role"));
  }

  async openMember(name: string) {
    await this.memberLink(name).click();
    await this.page.getByRole("heading", { level: 1, name, exact: true }).waitFor();
  }

  /** Team Members, searched for the member, then their page; returns its URL. */
  async gotoMember(name: string): Promise<string> {
    await this.goto();
    await this.search(name);
    await this.openMember(name);
    return this.page.url();
  }
}
