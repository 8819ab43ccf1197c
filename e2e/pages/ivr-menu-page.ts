import type { Page } from "@playwright/test";

/** One IVR menu: its keypress options, numbered from 1. */
export class IvrMenuPage {
  constructor(readonly page: Page) {}

  get options() {
    return this.page.getByRole("group", { name: /^Option \d+$/ });
  }

  option(n: number) {
    return this.page.getByRole("group", { name: `Option ${n}` });
  }

  get addKeypressButton() {
    return this.page.getByRole("button", { name: "Add keypress" });
  }

  removeButton(n: number) {
    return this.page.getByRole("button", { name: `Remove option ${n}` });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save menu" });
  }
}
