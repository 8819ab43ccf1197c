// The API reference: public (read from the public OpenAPI document), listing every operation,
// under the app's Content-Security-Policy (the fixtures fail a test on any violation), axe-clean
// at both widths.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, signedOut, test } from "./fixtures";

test.use(signedOut);

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

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
