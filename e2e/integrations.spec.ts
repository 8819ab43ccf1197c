// Integrations: an Owner connects a helpdesk with an API key and disconnects it again; members
// without the permission are refused on the page and on the server.
import type { Page } from "@playwright/test";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { captureAction } from "./server-action";

const card = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** Leaves Freshdesk disconnected, whatever an earlier run left behind. */
async function disconnectIfConnected(page: Page) {
  const freshdesk = card(page, "Freshdesk");
  if (await freshdesk.getByRole("button", { name: "Disconnect Freshdesk" }).isVisible()) {
    await freshdesk.getByRole("button", { name: "Disconnect Freshdesk" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect", exact: true }).click();
    await expect(freshdesk.getByText("Not connected")).toBeVisible();
  }
}

test.describe("as an Owner", () => {
  test.use(asAccount("owner"));

  test("connects Freshdesk with an API key and disconnects it", async ({ page }) => {
    await page.goto("/integrations");
    await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
    await expect(card(page, "HubSpot").getByText("Connected", { exact: true })).toBeVisible();
    await expect(card(page, "Zendesk").getByText("Connected", { exact: true })).toBeVisible();
    await disconnectIfConnected(page);

    const freshdesk = card(page, "Freshdesk");
    await freshdesk.getByLabel("Freshdesk API key").fill("fd_live_not_a_test_key");
    await freshdesk.getByRole("button", { name: "Connect Freshdesk" }).click();
    await expect(freshdesk.getByRole("status")).toContainText("Freshdesk rejected this API key");
    await expect(freshdesk.getByLabel("Freshdesk API key")).toHaveAttribute("aria-invalid", "true");

    const key = `test_e2e_${Date.now().toString(36)}wxyz`;
    await freshdesk.getByLabel("Freshdesk API key").fill(key);
    await freshdesk.getByRole("button", { name: "Connect Freshdesk" }).click();
    await expect(freshdesk.getByRole("status")).toContainText(/Freshdesk connected to helpdesk-\d{7}\.freshdesk\.com\./);
    await expect(freshdesk.getByText("Connected", { exact: true })).toBeVisible();
    await expect(freshdesk.getByText("ending in wxyz")).toBeAttached();
    await expect(freshdesk).not.toContainText(key);
    await expect(freshdesk.getByLabel("Freshdesk API key")).toHaveCount(0);

    await freshdesk.getByRole("button", { name: "Disconnect Freshdesk" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Disconnect Freshdesk?" });
    await expect(dialog).toContainText("deletes the stored API key");
    await dialog.getByRole("button", { name: "Disconnect", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(freshdesk.getByRole("status")).toHaveText("Freshdesk disconnected. Its API key was deleted.");
    await expect(freshdesk.getByText("Not connected")).toBeVisible();
    await expect(freshdesk.getByLabel("Freshdesk API key")).toBeVisible();
  });

  test("the integrations screen and its disconnect dialog pass axe", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto("/integrations");
    await expectNoViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 844 });
    await expectNoViolations(page);
    await card(page, "HubSpot").getByRole("button", { name: "Disconnect HubSpot" }).click();
    await expect(page.getByRole("alertdialog", { name: "Disconnect HubSpot?" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(card(page, "HubSpot").getByText("Connected", { exact: true })).toBeVisible();
  });

  test("an Agent cannot open Integrations, and the server refuses a replayed Connect", async ({ page, openAs }) => {
    await page.goto("/integrations");
    const salesforce = card(page, "Salesforce");
    await salesforce.getByLabel("Salesforce API key").fill("test_replayed_by_agent_0001");
    const connect = await captureAction(page, () => salesforce.getByRole("button", { name: "Connect Salesforce" }).click());

    const { page: agentPage } = await openAs("agent");
    const response = await agentPage.goto("/integrations");
    expect(response?.status()).toBe(403);
    await expect(agentPage.getByRole("link", { name: "Integrations" })).toHaveCount(0);
    // Refused before any action runs: the route itself is not the Agent's (the matrix covers the action's own check).
    expect(await connect.replay(agentPage)).not.toContain("Salesforce connected");

    await page.reload();
    await expect(card(page, "Salesforce").getByText("Not connected")).toBeVisible();
  });
});
