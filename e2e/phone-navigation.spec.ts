// The navigation on a phone: behind a menu button (a dialog that traps focus and closes on
// Escape), the current page marked; at desktop width it stays in the sidebar. Also the
// Help link and the favicon every page asks for.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, test } from "./fixtures";

test.use(asAccount("owner"));

// At 390 px the heading started at 152 px with the account header above the page; 75 px without it.
const HEADING_TOP_MAX = 100;

test.describe("at phone width", () => {
  test.use({ viewport: VIEWPORTS.phone });

  test("the navigation folds behind a menu button that traps focus and closes on Escape", async ({ page, shell, teamPage }) => {
    await teamPage.goto();
    await expect(shell.nav).toBeHidden();
    await expect(shell.accountLink).toBeHidden();
    // The page's heading sits right under the one top bar: no navigation or account header above it.
    const bar = await shell.menuButton.boundingBox();
    const heading = await shell.heading.boundingBox();
    expect(heading!.y).toBeLessThan(HEADING_TOP_MAX);
    expect(heading!.y - (bar!.y + bar!.height)).toBeLessThan(60);

    await shell.menuButton.click();
    await expect(shell.menu).toBeVisible();
    await expect(shell.navLink("Team Members")).toHaveAttribute("aria-current", "page");
    await expect(shell.navLink("Help")).toBeVisible();
    // The account links live in the menu on phones, not in a header above every page.
    await expect(shell.menu.getByRole("link", { name: "Your account" })).toBeVisible();
    await expect(shell.menu.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
    await expectNoViolations(page);
    // Focus stays inside the dialog however far Tab goes.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      expect(await shell.menu.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(shell.menu).toBeHidden();
    await expect(shell.menuButton).toBeFocused();

    await shell.menuButton.click();
    await shell.navLink("Help").click();
    await expect(page).toHaveURL(/\/help\/custom-roles$/);
    await expect(shell.menu).toBeHidden();
    await expect(shell.heading).toHaveText("Custom Roles");
  });
});

test.describe("at desktop width", () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test("the sidebar shows the navigation with Help and no menu button", async ({ shell, page }) => {
    await page.goto("/help/custom-roles");
    await expect(shell.menuButton).toBeHidden();
    await expect(shell.navLink("Help")).toHaveAttribute("aria-current", "page");
  });
});

test("every page has an icon: /favicon.ico and the app icon are served", async ({ page, request }) => {
  await page.goto("/");
  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(icons.some((href) => href?.startsWith("/icon.svg"))).toBe(true);
  for (const path of ["/favicon.ico", "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});
