// Create Role from a job-function template: name, description and toggles prefilled, saved
// as an ordinary role that remembers its template; an Admin sees what they can't grant left off.
import { asAccount, expect, test, uniqueName } from "./fixtures";

test.describe("as an Owner", () => {
  test.use(asAccount("owner"));

  test("starts a role from the QA Supervisor template and saves it", async ({ page, roleForm, rolePage, cleanUpRole }, testInfo) => {
    await roleForm.gotoNew();
    const startFrom = page.getByRole("navigation", { name: "Start from" });
    for (const name of ["Blank role", "Owner", "Admin", "Agent", "QA Supervisor", "Sales Manager", "Billing Admin", "Regional Manager", "Read-only Auditor"]) {
      await expect(startFrom.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await startFrom.getByRole("link", { name: "QA Supervisor", exact: true }).click();
    await expect(startFrom.getByRole("link", { name: "QA Supervisor", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(roleForm.name).toHaveValue("QA Supervisor");
    await expect(roleForm.description).toHaveValue(/Reviews call quality/);
    await roleForm.expectOnly(["View members", "View dashboards", "Access individual stats", "Listen to recordings", "View conversations"]);

    const name = uniqueName("QA Supervisor", testInfo);
    await roleForm.name.fill(name);
    await roleForm.turnOff("View conversations");
    const id = await roleForm.saveNew(name);
    cleanUpRole(id);
    await expect(rolePage.description).toHaveValue(/Reviews call quality/);
    await rolePage.expectOnly(["View members", "View dashboards", "Access individual stats", "Listen to recordings"]);
    await expect(page.getByRole("link", { name: "Compare with QA Supervisor" })).toBeVisible();
  });

  test("an unknown template is not found", async ({ page }) => {
    expect((await page.goto("/settings/roles/new?template=owner"))?.status()).toBe(404);
  });
});

test.describe("as an Admin", () => {
  test.use(asAccount("admin"));

  test("the Billing Admin template leaves off what an Admin doesn't hold", async ({ page, roleForm }) => {
    await roleForm.gotoNew();
    await page.getByRole("navigation", { name: "Start from" }).getByRole("link", { name: "Billing Admin", exact: true }).click();
    await expect(page.getByText("Left off because you don't hold them yourself: Change plans, Update payment methods.")).toBeVisible();
    await roleForm.expectOnly(["View members", "View numbers", "View invoices"]);
  });
});
