// Billing: invoices with download, a test card, and plan changes with the downgrade
// confirmation naming the custom roles and members it affects.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { captureAction } from "./server-action";

const EXPIRY = `12/${String((new Date().getFullYear() + 3) % 100).padStart(2, "0")}`;

async function saveCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill(EXPIRY);
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByRole("button", { name: /^(Replace|Save) card$/ }).click();
}

test.describe("as the Owner of Acme (Business)", () => {
  test.use(asAccount("owner"));

  test("downloads an invoice", async ({ page }) => {
    await page.goto("/billing");
    const invoices = page.getByRole("table", { name: "Invoices" });
    await expect(invoices.getByRole("row")).toHaveCount(13);
    const first = invoices.getByRole("row").nth(1);
    const number = (await first.getByRole("cell").first().innerText()).split("\n")[0]!;
    const [download] = await Promise.all([page.waitForEvent("download"), first.getByRole("link", { name: `Download invoice ${number}` }).click()]);
    expect(download.suggestedFilename()).toBe(`${number}.txt`);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(text).toContain(`INVOICE ${number}`);
    expect(text).toContain("Billed to:    Acme Support");
    expect(text).toContain("Business plan, per active seat");
  });

  test("replaces the card with a test card, after a declined one, and puts the Visa back", async ({ page }) => {
    await page.goto("/billing");
    await page.getByRole("link", { name: "Update payment method" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payment method" })).toBeVisible();

    await saveCard(page, "4000 0000 0000 0002");
    await expect(page.getByRole("status")).toHaveText("The card was declined by the bank. Use another card or contact the bank.");

    await page.getByLabel("Card number").fill("4242 4242 4242 4241");
    await page.getByRole("button", { name: "Replace card" }).click();
    await expect(page.getByLabel("Card number")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Card number")).toHaveAccessibleDescription("This card number is not valid. Check it and try again.");

    await saveCard(page, "5555 5555 5555 4444");
    await expect(page.getByRole("status")).toHaveText("Saved. The organisation now pays with the Mastercard ending 4444.");
    await expect(page.getByRole("region", { name: "Card on file" })).toContainText(`Mastercard ending 4444, expires ${EXPIRY.slice(0, 3)}20`);
    await expect(page.getByLabel("Card number")).toHaveValue("");
    await expect(page.getByLabel("Security code (CVC)")).toHaveValue("");

    await saveCard(page, "4242 4242 4242 4242");
    await expect(page.getByRole("status")).toHaveText("Saved. The organisation now pays with the Visa ending 4242.");
    await page.goto("/billing");
    await expect(page.getByRole("region", { name: "Payment method" })).toContainText("Visa ending 4242");
  });

  test("a downgrade to Pro names the custom roles that become inactive and their members", async ({ page }) => {
    await page.goto("/billing");
    await page.getByRole("link", { name: "Change plan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Change plan" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Business" })).toContainText("Current plan");
    await expect(page.getByRole("region", { name: "Business" })).toContainText("Up to 25 custom roles");
    await expect(page.getByRole("region", { name: "Enterprise" })).toContainText("Up to 200 custom roles");

    await page.getByRole("button", { name: "Downgrade to Pro" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Downgrade to Pro?" });
    await expect(dialog).toContainText("Pro does not include custom roles.");
    await expect(dialog.getByRole("list", { name: "Custom roles that become inactive" })).toContainText("QA Lead");
    const members = dialog.getByRole("list", { name: "Affected members" });
    await expect(members).toContainText("Quinn Lead");
    await expect(members).toContainText("qa@acme.test");
    await expectNoViolations(page);
    // Acme stays on Business: other specs rely on its custom roles.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Business" })).toContainText("Current plan");
  });

  test("the billing screens pass axe at desktop and phone width", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const path of ["/billing", "/billing/plans", "/billing/payment-method"]) {
        await page.goto(path);
        await expectNoViolations(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
      }
    }
  });

  test("an Admin sees invoices but not plan or card changes, and the server refuses a replayed plan change", async ({ page, openAs }) => {
    await page.goto("/billing/plans");
    await page.getByRole("button", { name: "Upgrade to Enterprise" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Upgrade to Enterprise?" });
    const upgrade = await captureAction(page, () => dialog.getByRole("button", { name: "Upgrade to Enterprise" }).click());

    const { page: adminPage } = await openAs("admin");
    await adminPage.goto("/billing");
    await expect(adminPage.getByRole("table", { name: "Invoices" })).toBeVisible();
    await expect(adminPage.getByRole("link", { name: "Change plan" })).toHaveCount(0);
    await expect(adminPage.getByText("You need the “Change plans” permission to do this. Ask an Owner to change the plan.")).toBeVisible();
    await expect(adminPage.getByRole("link", { name: "Update payment method" })).toHaveCount(0);
    expect((await adminPage.goto("/billing/plans"))?.status()).toBe(403);
    expect((await adminPage.goto("/billing/payment-method"))?.status()).toBe(403);
    // Refused before any action runs: the route itself is not the Admin's (the matrix covers the action's own check).
    expect(await upgrade.replay(adminPage)).not.toContain("now on Enterprise");

    const { page: agentPage } = await openAs("agent");
    expect((await agentPage.goto("/billing"))?.status()).toBe(403);

    await page.goto("/billing");
    await expect(page.getByRole("region", { name: "Current plan" })).toContainText("Business");
  });
});

test.describe("as the Owner of Bolt (Starter)", () => {
  test.use(asAccount("boltOwner"));

  test("follows Upgrade to Business from Roles to the plans, upgrades to Pro and moves back", async ({ page }) => {
    await page.goto("/settings/roles");
    await page.getByRole("link", { name: "Upgrade to Business" }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByRole("region", { name: "Payment method" })).toContainText("No card on file");
    await expect(page.getByRole("table", { name: "Invoices" })).toContainText("Awaiting payment");
    await page.getByRole("link", { name: "Change plan" }).click();

    await page.getByRole("button", { name: "Upgrade to Pro" }).click();
    await page.getByRole("alertdialog", { name: "Upgrade to Pro?" }).getByRole("button", { name: "Upgrade to Pro" }).click();
    await expect(page.getByRole("status").filter({ hasText: "now on" })).toHaveText("Your organisation is now on Pro.");
    await expect(page.getByRole("region", { name: "Pro" })).toContainText("Current plan");

    // Bolt goes back to Starter at once: the plan-gating spec expects it there.
    await page.getByRole("button", { name: "Downgrade to Starter" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Downgrade to Starter?" });
    await expect(dialog).toContainText("No custom roles are affected.");
    await dialog.getByRole("button", { name: "Downgrade to Starter" }).click();
    await expect(page.getByRole("status").filter({ hasText: "now on" })).toHaveText("Your organisation is now on Starter.");
    await expect(page.getByRole("region", { name: "Starter" })).toContainText("Current plan");
  });
});
