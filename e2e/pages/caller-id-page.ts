import type { Page } from "@playwright/test";

/** Phone Numbers → Caller ID: the number each member calls out with. */
export class CallerIdPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/numbers/caller-id");
  }

  callerId(member: string) {
    return this.page.getByRole("combobox", { name: `Caller ID for ${member}` });
  }

  saveButton(member: string) {
    return this.page.getByRole("button", { name: `Save caller ID for ${member}` });
  }
}
