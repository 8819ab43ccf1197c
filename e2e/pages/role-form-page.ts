import { expect, type Page } from "@playwright/test";

export const STALE_ROLE_MESSAGE = "This role was changed by someone else. Reload to see the latest version.";

/** The role form, on Create Role, Duplicate and a custom role's own page. */
export class RoleFormPage {
  constructor(readonly page: Page) {}

  async gotoNew(fromRoleId?: string) {
    return this.page.goto(fromRoleId ? `/settings/roles/new?from=${fromRoleId}` : "/settings/roles/new");
  }

  get name() {
    return this.page.getByRole("textbox", { name: "Name" });
  }

  get description() {
    return this.page.getByRole("textbox", { name: "Description" });
  }

  get permissions() {
    return this.page.getByRole("region", { name: "Permissions" });
  }

  /** The live region that says what a toggle did, including what it switched along with it. */
  get announcement() {
    return this.permissions.getByRole("status");
  }

  category(label: string) {
    return this.page.getByRole("group", { name: label, exact: true });
  }

  switch(label: string) {
    return this.page.getByRole("switch", { name: label, exact: true });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save Role" });
  }

  async allOn(category: string) {
    await this.category(category).getByRole("button", { name: "All on" }).click();
  }

  async allOff(category: string) {
    await this.category(category).getByRole("button", { name: "All off" }).click();
  }

  async turnOn(...labels: string[]) {
    for (const label of labels) {
      await this.switch(label).click();
      await expect(this.switch(label)).toBeChecked();
    }
  }

  async turnOff(...labels: string[]) {
    for (const label of labels) {
      await this.switch(label).click();
      await expect(this.switch(label)).not.toBeChecked();
    }
  }

  async fill(name: string, description = "") {
    await this.name.fill(name);
    await this.description.fill(description);
  }

  async save() {
    await this.saveButton.click();
  }

  /** Save Role on a role people hold asks first, listing what each gains and loses. */
  async saveHeld(roleName: string) {
    await this.save();
    await this.page
      .getByRole("alertdialog", { name: `Save changes to ${roleName}?` })
      .getByRole("button", { name: "Save Role" })
      .click();
  }

  /** Saves a new role and waits for its page; returns the role's id from the URL. */
  async saveNew(name: string): Promise<string> {
    await this.save();
    await this.page.waitForURL(/\/settings\/roles\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }

  /** New Role, filled in with these toggles on and saved; returns the new role's id. */
  async create(name: string, permissions: string[], description = ""): Promise<string> {
    await this.gotoNew();
    await this.fill(name, description);
    await this.turnOn(...permissions);
    return this.saveNew(name);
  }

  /** Asserts exactly these switches are on and every other one is off. */
  async expectOnly(labels: string[]) {
    await expect(this.page.getByRole("switch", { checked: true })).toHaveCount(labels.length);
    for (const label of labels) await expect(this.switch(label)).toBeChecked();
  }
}
