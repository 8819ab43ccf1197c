import type { Page } from "@playwright/test";

/** One ring group: its members in ringing order, how long and in which way it rings. */
export class RingGroupPage {
  constructor(readonly page: Page) {}

  get members() {
    return this.page.getByRole("list", { name: "Members in ringing order" }).getByRole("listitem");
  }

  get ringFor() {
    return this.page.getByLabel("Ring for (seconds)");
  }

  /** The ringing strategy's radio, by the start of its name ("In order", "Ring all at once"). */
  strategy(name: string) {
    return this.page.getByRole("radio", { name: new RegExp(name) });
  }

  get memberPicker() {
    return this.page.getByLabel("Add a member");
  }

  /** The first member the picker offers (its first option is the prompt). */
  async firstOffered() {
    return (await this.memberPicker.locator("option").nth(1).textContent())!.trim();
  }

  async add(member: string) {
    await this.memberPicker.selectOption({ label: member });
    await this.page.getByRole("button", { name: "Add to group" }).click();
  }

  removeButton(member: string) {
    return this.page.getByRole("button", { name: `Remove ${member}` });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save ring group" });
  }
}
