import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageState, type AccountName } from "./accounts";

// Sign in once per demo account; specs reuse the saved session.
for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS[name]);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    await page.context().storageState({ path: storageState(name) });
  });
}
