import { expect, type Page } from "@playwright/test";

/** What every signed-in page shares: the main navigation, the header and the page's heading. */
export class AppShell {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  navLink(name: string) {
    return this.nav.getByRole("link", { name, exact: true });
  }

  /** Phones only: the button that opens the navigation, and the dialog it opens. */
  get menuButton() {
    return this.page.getByRole("button", { name: "Menu", exact: true });
  }

  get menu() {
    return this.page.getByRole("dialog", { name: "Menu" });
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  get accountLink() {
    return this.page.getByRole("link", { name: "Your account" });
  }

  get signOutButton() {
    return this.page.getByRole("button", { name: "Sign out", exact: true });
  }

  /** A form's outcome or a page notice; several live regions exist, so match on the text. */
  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  get accessDeniedHeading() {
    return this.page.getByRole("heading", { level: 1, name: "You don't have access to this page" });
  }

  /** Opens each page in turn (page objects' goto), expecting the access-denied page every time. */
  async expectDenied(...opens: (() => Promise<unknown>)[]) {
    for (const open of opens) {
      await open();
      await expect(this.accessDeniedHeading).toBeVisible();
    }
  }

  get notFoundHeading() {
    return this.page.getByRole("heading", { level: 1, name: "Page not found" });
  }

  async signOut() {
    await this.signOutButton.click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
