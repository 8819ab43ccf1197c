import type { Page } from "@playwright/test";

/** Analytics: the period switcher, the figures' sections and the CSV export. */
export class AnalyticsPage {
  constructor(readonly page: Page) {}

  async goto(period?: 7 | 30 | 90) {
    return this.page.goto(period ? `/analytics?period=${period}` : "/analytics");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Analytics" });
  }

  get period() {
    return this.page.getByRole("navigation", { name: "Period" });
  }

  periodLink(label: string) {
    return this.period.getByRole("link", { name: label });
  }

  async choosePeriod(label: string, days: number) {
    await this.periodLink(label).click();
    await this.page.waitForURL(new RegExp(`period=${days}`));
  }

  /** "Your figures", "<Organisation> totals" or "By member". */
  section(name: string | RegExp) {
    return this.page.getByRole("region", { name });
  }

  get byMember() {
    return this.section("By member");
  }

  /** The link that streams the CSV, for members who may export. */
  get exportLink() {
    return this.page.getByRole("link", { name: "Export CSV" });
  }

  /** The disabled stand-in shown to members who may not. */
  get exportButton() {
    return this.page.getByRole("button", { name: "Export CSV" });
  }

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }
}
