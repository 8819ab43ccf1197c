import type { Page } from "@playwright/test";

/** "Forgot password?": the email form, whose answer is the same for every address. */
export class ForgotPasswordPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/forgot-password");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Reset your password" });
  }

  get email() {
    return this.page.getByRole("textbox", { name: "Email" });
  }

  get submit() {
    return this.page.getByRole("button", { name: "Email me a reset link" });
  }

  /** The one answer, whatever the address. */
  answer(email: string) {
    return this.page.getByRole("status").filter({ hasText: `If an account exists for ${email}, we sent a link to reset its password. It works for one hour.` });
  }

  async ask(email: string) {
    await this.email.fill(email);
    await this.submit.click();
  }
}

/** The page an emailed reset link opens: a new password, or why the link can't be used. */
export class ResetPasswordPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Choose a new password" });
  }

  get unusableHeading() {
    return this.page.getByRole("heading", { level: 1, name: "This link can't be used" });
  }

  get askAgain() {
    return this.page.getByRole("link", { name: "Ask for a new link" });
  }

  async setPassword(password: string, confirm = password) {
    await this.page.getByLabel("New password", { exact: true }).fill(password);
    await this.page.getByLabel("Confirm new password").fill(confirm);
    await this.page.getByRole("button", { name: "Set new password" }).click();
  }
}
