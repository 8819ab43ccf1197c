import type { Page } from "@playwright/test";

/** The Notices region of the app shell: what changed about the member's access. */
export class Notices {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole("region", { name: "Notices" });
  }

  notice(text: string | RegExp) {
    return this.region.locator(":scope > div").filter({ hasText: text });
  }

  async dismiss(text: string | RegExp) {
    await this.notice(text).getByRole("button", { name: "Dismiss" }).click();
  }
}
