import type { Page } from "@playwright/test";

export class AuditLogPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/settings/audit-log");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Audit log" });
  }

  get events() {
    return this.page.getByRole("table", { name: "Audit events" });
  }

  /** The entries shown, newest first (the header row left out). */
  get rows() {
    return this.events.locator("tbody").getByRole("row");
  }

  /** Entries whose sentence mentions the text, newest first. */
  event(text: string | RegExp) {
    return this.rows.filter({ hasText: text });
  }

  get filters() {
    return this.page.getByRole("search", { name: "Filter the audit log" });
  }

  get actionFilter() {
    return this.filters.getByRole("combobox", { name: "Action", exact: true });
  }

  /** What the page says about malformed values in its URL. */
  get linkProblems() {
    return this.page.getByRole("alert", { name: "Problems with this link" });
  }

  get exportLink() {
    return this.page.getByRole("link", { name: "Export CSV" });
  }

  pagerLink(name: "Newer" | "Older") {
    return this.page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name });
  }
}
