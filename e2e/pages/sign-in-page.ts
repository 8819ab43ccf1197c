import type { Page } from "@playwright/test";

export const SIGN_IN_ERROR = "Email or password is incorrect, or the account is deactivated.";

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(callbackUrl?: string) {
    return this.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Sign in" });
  }

  get email() {
    return this.page.getByLabel("Email");
  }

  get password() {
    return this.page.getByLabel("Password");
  }

  get submit() {
    return this.page.getByRole("button", { name: "Sign in", exact: true });
  }

  get forgotPassword() {
    return this.page.getByRole("link", { name: "Forgot password?" });
  }

  get error() {
    return this.page.getByRole("status").filter({ hasText: SIGN_IN_ERROR });
  }

  /** The second step, for members with two-factor on. */
  get code() {
    return this.page.getByLabel("Authentication code");
  }

  get recoveryCode() {
    return this.page.getByLabel("Recovery code");
  }

  get useRecoveryCode() {
    return this.page.getByRole("button", { name: "Use a recovery code" });
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
