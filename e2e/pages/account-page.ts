import type { Page } from "@playwright/test";

/** Your account: the signed-in member's own sessions and password. */
export class AccountPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/account");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Your account" });
  }

  /** Each signed-in session of the member, as listed. */
  get sessions() {
    return this.page.getByRole("list", { name: "Signed-in sessions" }).getByRole("listitem");
  }

  get thisDevice() {
    return this.sessions.filter({ hasText: "This device" });
  }

  get signOutOthers() {
    return this.page.getByRole("button", { name: "Sign out other sessions" });
  }

  get currentPassword() {
    return this.page.getByLabel("Current password");
  }

  get newPassword() {
    return this.page.getByLabel("New password", { exact: true });
  }

  get confirmPassword() {
    return this.page.getByLabel("Confirm new password");
  }

  get submit() {
    return this.page.getByRole("button", { name: "Change password" });
  }

  async changePassword(current: string, next: string, confirm = next) {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.confirmPassword.fill(confirm);
    await this.submit.click();
  }

  // Two-factor authentication: each of its forms is named, since several ask for the password.
  get twoFactor() {
    return this.page.getByRole("region", { name: "Two-factor authentication" });
  }

  async setUpTwoFactor(password: string) {
    const form = this.page.getByRole("form", { name: "Set up two-factor" });
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Set up two-factor" }).click();
  }

  get qrCode() {
    return this.twoFactor.getByRole("img", { name: /QR code/ });
  }

  /** The set-up key as shown for typing in, without its spaces. */
  async setUpKey() {
    return (await this.twoFactor.getByLabel("Set-up key").inputValue()).replace(/\s/g, "");
  }

  async confirmTwoFactor(code: string) {
    const form = this.page.getByRole("form", { name: "Confirm two-factor" });
    await form.getByLabel("Authentication code").fill(code);
    await form.getByRole("button", { name: "Turn on two-factor" }).click();
  }

  get recoveryCodes() {
    return this.page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
  }

  async turnOffTwoFactor(password: string) {
    const form = this.page.getByRole("form", { name: "Turn off two-factor" });
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Turn off two-factor" }).click();
  }
}
