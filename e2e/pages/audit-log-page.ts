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

  /** The Actor search: name or email, on the server. */
  get actorSearch() {
    return this.filters.getByRole("searchbox", { name: "Actor" });
  }

  /** The Target search: a role, a member's name or email. */
  get targetSearch() {
    return this.filters.getByRole("searchbox", { name: "Target" });
  }

  /** A link's exact actor or target, shown in the filters with a link that removes it. */
  removeExact(filter: "actor" | "target") {
    return this.filters.getByRole("link", { name: `Remove the ${filter} filter` });
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

  get retention() {
    return this.page.getByRole("region", { name: "Retention" });
  }

  get retentionChoice() {
    return this.retention.getByRole("combobox", { name: "Keep audit entries" });
  }

  get saveRetention() {
    return this.retention.getByRole("button", { name: "Save retention" });
  }

  get retentionStatus() {
    return this.retention.getByRole("status");
  }
}
