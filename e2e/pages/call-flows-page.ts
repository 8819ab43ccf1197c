import { expect, type Page } from "@playwright/test";

/** Call Flows overview: one region per part (IVR menus, Ring groups, Business hours, Routing rules). */
export class CallFlowsPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/call-flows");
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  get routingSummary() {
    return this.page.getByRole("list", { name: "Routing rules in order" }).getByRole("listitem");
  }

  /** Follows a link in a section of the overview and waits for the page it opens, titled `heading`. */
  async open(section: string, link: string, heading = link) {
    await this.goto();
    await this.section(section).getByRole("link", { name: link, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  }
}
