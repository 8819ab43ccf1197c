// Integrations: an Owner connects a helpdesk with an API key and disconnects it again; members
// without the permission are refused on the page and on the server. Each test has an
// organisation of its own with the demo's integrations (HubSpot and Zendesk connected).
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, test } from "./fixtures";
import { captureAction } from "./server-action";

test.describe("as an Owner", () => {
  test.use(inFreshOrganization({ agents: 1, areas: true }));

  test("connects Freshdesk with an API key and disconnects it", async ({ integrationsPage: integrations }) => {
    await integrations.goto();
    await expect(integrations.heading).toBeVisible();
    await expect(integrations.connected("HubSpot")).toBeVisible();
    await expect(integrations.connected("Zendesk")).toBeVisible();

    const freshdesk = integrations.card("Freshdesk");
    await integrations.connect("Freshdesk", "fd_live_not_a_test_key");
    await expect(freshdesk.getByRole("status")).toContainText("Freshdesk rejected this API key");
    await expect(integrations.keyField("Freshdesk")).toHaveAttribute("aria-invalid", "true");

    const key = `test_e2e_${Date.now().toString(36)}wxyz`;
    await integrations.connect("Freshdesk", key);
    await expect(freshdesk.getByRole("status")).toContainText(/Freshdesk connected to helpdesk-\d{7}\.freshdesk\.com\./);
    await expect(integrations.connected("Freshdesk")).toBeVisible();
    await expect(freshdesk.getByText("ending in wxyz")).toBeAttached();
    await expect(freshdesk).not.toContainText(key);
    await expect(integrations.keyField("Freshdesk")).toHaveCount(0);

    await integrations.disconnectButton("Freshdesk").click();
    const dialog = integrations.disconnectDialog("Freshdesk");
    await expect(dialog).toContainText("deletes the stored API key");
    await dialog.getByRole("button", { name: "Disconnect", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(freshdesk.getByRole("status")).toHaveText("Freshdesk disconnected. Its API key was deleted.");
    await expect(integrations.notConnected("Freshdesk")).toBeVisible();
    await expect(integrations.keyField("Freshdesk")).toBeVisible();
  });

  test("the integrations screen and its disconnect dialog pass axe", async ({ page, integrationsPage: integrations }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    await integrations.goto();
    await expectNoViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 844 });
    await expectNoViolations(page);
    await integrations.disconnectButton("HubSpot").click();
    await expect(integrations.disconnectDialog("HubSpot")).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(integrations.connected("HubSpot")).toBeVisible();
  });

  test("an Agent cannot open Integrations, and the server refuses a replayed Connect", async ({ page, openAs, qaOrg, integrationsPage: integrations }) => {
    await integrations.goto();
    const connect = await captureAction(page, () => integrations.connect("Salesforce", "test_replayed_by_agent_0001"));

    const { page: agentPage } = await openAs(qaOrg.agents[0]);
    const response = await agentPage.goto("/integrations");
    expect(response?.status()).toBe(403);
    await expect(agentPage.getByRole("link", { name: "Integrations" })).toHaveCount(0);
    // Refused before any action runs: the route itself is not the Agent's (the matrix covers the action's own check).
    expect(await connect.replay(agentPage)).not.toContain("Salesforce connected");

    await page.reload();
    await expect(integrations.notConnected("Salesforce")).toBeVisible();
  });
});
