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
    return this.page.getByRole("list", { name: "Audit events" });
  }

  /** Entries whose sentence mentions the text, newest first. */
  event(text: string | RegExp) {
    return this.events.getByRole("listitem").filter({ hasText: text });
  }
}
