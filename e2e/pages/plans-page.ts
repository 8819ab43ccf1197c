import type { Page } from "@playwright/test";

/** Billing → Change plan: one region per plan, each change confirmed in a dialog. */
export class PlansPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/billing/plans");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Change plan" });
  }

  plan(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** The confirmation a plan button opens, e.g. "Downgrade to Pro". */
  dialog(change: string) {
    return this.page.getByRole("alertdialog", { name: `${change}?` });
  }

  /** Clicks the plan's button and returns its confirmation dialog, not yet confirmed. */
  async start(change: string) {
    await this.page.getByRole("button", { name: change }).click();
    return this.dialog(change);
  }

  /** Changes plan: the plan's button, then the same button in its confirmation. */
  async change(change: string) {
    const dialog = await this.start(change);
    await dialog.getByRole("button", { name: change }).click();
  }
}
