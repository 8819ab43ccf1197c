// The API reference: public (read from the public OpenAPI document), listing every operation,
// under the app's Content-Security-Policy (the fixtures fail a test on any violation), axe-clean
// at both widths; "Try it" sends a real request with a key typed into the page.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, signedOut, test } from "./fixtures";

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${width} width`, () => {
    test.use({ ...signedOut, viewport });

    test("the API reference lists the operations, signed out", async ({ page }) => {
      await page.goto("/developers");
      await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
      await page.getByRole("navigation", { name: "Operations" }).getByRole("link", { name: "GET /roles", exact: true }).click();
      await expect(page).toHaveURL(/#listRoles$/);
      const listRoles = page.getByRole("region", { name: "GET /roles", exact: true });
      await expect(listRoles).toContainText("Needs the permission roles.assign");
      await listRoles.getByText("200 The roles").click();
      await expect(listRoles.getByText("permissions: PermissionKey[]")).toBeVisible();
      await expect(listRoles.getByText(`curl -s "$API/roles"`)).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test.describe("Try it", () => {
  test.use(inFreshOrganization({ agents: 0 }));

  test("sends a request with the key typed into the page and shows the answer", async ({ page, qaOrg }) => {
    await page.goto("/developers");
    await page.getByLabel("API key for Try it").fill(qaOrg.apiKey!);
    const listRoles = page.getByRole("region", { name: "GET /roles", exact: true });
    await listRoles.getByText("Try it", { exact: true }).click();
    await listRoles.getByRole("button", { name: "Send request" }).click();
    await expect(listRoles.getByRole("status")).toHaveText("HTTP 200");
    await expect(listRoles.getByText(`"name": "Owner"`)).toBeVisible();
    await expectNoViolations(page);
  });
});
