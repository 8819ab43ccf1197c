import type { Page } from "@playwright/test";

/** SMS & Messaging → Templates: one form per template, and one that creates a template. */
export class TemplatesPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/messages/templates");
  }

  get createForm() {
    return this.page.getByRole("form", { name: "New template" });
  }

  get createButton() {
    return this.page.getByRole("button", { name: "Create template" });
  }

  /** Fills and submits the New template form (once Create is enabled: the form is interactive). */
  async create(name: string, text: string) {
    await this.createForm.getByLabel("Name").fill(name);
    await this.createForm.getByLabel("Text").fill(text);
    await this.createForm.getByRole("button", { name: "Create template" }).click();
  }

  template(name: string) {
    return this.page.getByRole("form", { name: `Template ${name}` });
  }

  saveButton(name: string) {
    return this.template(name).getByRole("button", { name: "Save template" });
  }

  async edit(name: string, text: string) {
    await this.template(name).getByLabel("Text").fill(text);
    await this.saveButton(name).click();
  }

  deleteButton(name: string) {
    return this.page.getByRole("button", { name: `Delete template ${name}` });
  }

  /** Opens the template's delete confirmation, not yet confirmed. */
  async startDelete(name: string) {
    await this.deleteButton(name).click();
    return this.page.getByRole("alertdialog", { name: `Delete “${name}”?` });
  }
}
