import { expect, type Page } from "@playwright/test";

/** Sign-up: a new organisation with its Owner; the answer only says an email was sent. */
export class SignUpPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/sign-up");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Create your organisation" });
  }

  async signUp(person: { organisation: string; name: string; email: string; password: string }) {
    await this.page.getByRole("textbox", { name: "Organisation name" }).fill(person.organisation);
    await this.page.getByRole("textbox", { name: "Your name" }).fill(person.name);
    await this.page.getByRole("textbox", { name: "Work email" }).fill(person.email);
    await this.page.getByLabel("Password", { exact: true }).fill(person.password);
    await this.page.getByLabel("Confirm password").fill(person.password);
    await this.page.getByRole("button", { name: "Create organisation" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  }
}
