// Billing: invoices with download, a test card, and plan changes with the downgrade
// confirmation naming the custom roles and members it affects.
import fs from "node:fs";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { captureAction } from "./server-action";

const EXPIRY = `12/${String((new Date().getFullYear() + 3) % 100).padStart(2, "0")}`;

test.describe("as the Owner of Acme (Business)", () => {
  test.use(asAccount("owner"));

  test("downloads an invoice", async ({ billingPage }) => {
    await billingPage.goto();
    await expect(billingPage.invoices.getByRole("row")).toHaveCount(13);
    const { number, download } = await billingPage.downloadFirstInvoice();
    expect(download.suggestedFilename()).toBe(`${number}.txt`);
    const text = fs.readFileSync(await download.path(), "utf8");
    expect(text).toContain(`INVOICE ${number}`);
    expect(text).toContain("Billed to:    Acme Support");
    expect(text).toContain("Business plan, per active seat");
  });

  test("replaces the card with a test card, after a declined one, and puts the Visa back", async ({ billingPage, paymentMethodPage: card }) => {
    await billingPage.goto();
    await billingPage.updatePaymentMethodLink.click();
    await expect(card.heading).toBeVisible();

    await card.saveCard("4000 0000 0000 0002", EXPIRY);
    await expect(card.status).toHaveText("The card was declined by the bank. Use another card or contact the bank.");

    await card.cardNumber.fill("4242 4242 4242 4241");
    await card.saveButton.click();
    await expect(card.cardNumber).toHaveAttribute("aria-invalid", "true");
    await expect(card.cardNumber).toHaveAccessibleDescription("This card number is not valid. Check it and try again.");

    await card.saveCard("5555 5555 5555 4444", EXPIRY);
    await expect(card.status).toHaveText("Saved. The organisation now pays with the Mastercard ending 4444.");
    await expect(card.cardOnFile).toContainText(`Mastercard ending 4444, expires ${EXPIRY.slice(0, 3)}20`);
    await expect(card.cardNumber).toHaveValue("");
    await expect(card.securityCode).toHaveValue("");

    await card.saveCard("4242 4242 4242 4242", EXPIRY);
    await expect(card.status).toHaveText("Saved. The organisation now pays with the Visa ending 4242.");
    await billingPage.goto();
    await expect(billingPage.paymentMethod).toContainText("Visa ending 4242");
  });

  test("a downgrade to Pro names the custom roles that become inactive and their members", async ({ page, billingPage, plansPage }) => {
    await billingPage.goto();
    await billingPage.changePlanLink.click();
    await expect(plansPage.heading).toBeVisible();
    await expect(plansPage.plan("Business")).toContainText("Current plan");
    await expect(plansPage.plan("Business")).toContainText("Up to 25 custom roles");
    await expect(plansPage.plan("Enterprise")).toContainText("Up to 200 custom roles");

    const dialog = await plansPage.start("Downgrade to Pro");
    await expect(dialog).toContainText(
      "Pro does not include custom roles. This role becomes inactive: it is kept, nothing is deleted, and upgrading again restores it.",
    );
    await expect(dialog).toContainText("This member acts with Agent permissions until you upgrade:");
    await expect(dialog.getByRole("list", { name: "Custom roles that become inactive" })).toContainText("QA Lead");
    const members = dialog.getByRole("list", { name: "Affected members" });
    await expect(members).toContainText("Quinn Lead");
    await expect(members).toContainText("qa@acme.test");
    await expectNoViolations(page);
    // Acme stays on Business: other specs rely on its custom roles.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(plansPage.plan("Business")).toContainText("Current plan");
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

  test("an Admin sees invoices but not plan or card changes, and the server refuses a replayed plan change", async ({
    page,
    billingPage,
    plansPage,
    openAs,
  }) => {
    await plansPage.goto();
    const dialog = await plansPage.start("Upgrade to Enterprise");
    const upgrade = await captureAction(page, () => dialog.getByRole("button", { name: "Upgrade to Enterprise" }).click());

    const admin = await openAs("admin");
    await admin.billingPage.goto();
    await expect(admin.billingPage.invoices).toBeVisible();
    await expect(admin.billingPage.changePlanLink).toHaveCount(0);
    await expect(admin.page.getByText("You need the “Change plans” permission to do this. Ask an Owner to change the plan.")).toBeVisible();
    await expect(admin.billingPage.updatePaymentMethodLink).toHaveCount(0);
    expect((await admin.plansPage.goto())?.status()).toBe(403);
    expect((await admin.paymentMethodPage.goto())?.status()).toBe(403);
    // Refused before any action runs: the route itself is not the Admin's (the matrix covers the action's own check).
    expect(await upgrade.replay(admin.page)).not.toContain("now on Enterprise");

    const agent = await openAs("agent");
    expect((await agent.billingPage.goto())?.status()).toBe(403);

    await billingPage.goto();
    await expect(billingPage.currentPlan).toContainText("Business");
  });
});

test.describe("as the Owner of Bolt (Starter)", () => {
  test.use(asAccount("boltOwner"));

  test("follows Upgrade to Business from Roles to its confirmation, upgrades to Pro and moves back", async ({
    page,
    shell,
    rolesPage,
    billingPage,
    plansPage,
  }) => {
    await rolesPage.goto();
    await rolesPage.upgradeLink.click();
    await expect(page).toHaveURL(/\/billing\/plans\?plan=business$/);
    const business = plansPage.dialog("Upgrade to Business");
    await expect(business).toBeVisible();
    await expectNoViolations(page);
    await business.getByRole("button", { name: "Cancel" }).click();
    await expect(business).toHaveCount(0);
    // Each card says what its plan adds to the one below, not one list for all.
    await expect(plansPage.plan("Starter")).toContainText("Built-in Owner, Admin and Agent roles");
    await expect(plansPage.plan("Starter")).toContainText("Audit log kept for 1 year");
    await expect(plansPage.plan("Pro")).toContainText("Everything in Starter, plus:");
    await expect(plansPage.plan("Pro")).toContainText("Audit log kept for 2 years");
    await expect(plansPage.plan("Business")).toContainText("Audit log kept as long as you like");
    await expect(plansPage.plan("Business")).toContainText("Everything in Pro, plus:");
    await expect(plansPage.plan("Business")).toContainText("Up to 25 custom roles");
    await expect(plansPage.plan("Business")).not.toContainText("Built-in Owner, Admin and Agent roles");

    await billingPage.goto();
    await expect(billingPage.paymentMethod).toContainText("No card on file");
    await expect(billingPage.invoices).toContainText("Awaiting payment");
    await billingPage.changePlanLink.click();

    await plansPage.change("Upgrade to Pro");
    await expect(shell.status("now on")).toHaveText("Your organisation is now on Pro.");
    await expect(plansPage.plan("Pro")).toContainText("Current plan");

    // Bolt goes back to Starter at once: the plan-gating spec expects it there.
    const dialog = await plansPage.start("Downgrade to Starter");
    await expect(dialog).toContainText("No custom roles are affected.");
    await dialog.getByRole("button", { name: "Downgrade to Starter" }).click();
    await expect(shell.status("now on")).toHaveText("Your organisation is now on Starter.");
    await expect(plansPage.plan("Starter")).toContainText("Current plan");
  });
});
