import type { Page } from "@playwright/test";

/** One phone number: who it rings. */
export class NumberPage {
  constructor(readonly page: Page) {}

  heading(display: string) {
    return this.page.getByRole("heading", { level: 1, name: display });
  }

  get rings() {
    return this.page.getByLabel("Rings", { exact: true });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save" });
  }

  /** Points the number at a member or ring group (once Save is enabled: the form is interactive). */
  async ring(label: string) {
    await this.rings.selectOption({ label });
    await this.saveButton.click();
  }
}
