// Quarterly review: walk through a role's permissions and members, then "Still correct" or
// remove what nobody used; Roles & Permissions shows who reviewed it and when.
import { asAccount, expect, test, uniqueName } from "./fixtures";
import { RoleReviewPage } from "./pages/role-review-page";

test.use(asAccount("owner"));

test("a review lists unused permissions, removes the chosen ones, and is recorded on the roles list and in the audit log", async ({
  page,
  roleForm,
  rolesPage,
  rolePage,
  auditLog,
  cleanUpRole,
}, testInfo) => {
  const name = uniqueName("Auditors", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(name, "Reads the books");
  await roleForm.turnOn("View invoices", "Export reports");
  const id = await roleForm.saveNew(name);
  cleanUpRole(id);

  await rolesPage.goto();
  await expect(rolesPage.roleRow(name)).toContainText("Not reviewed yet");
  await rolesPage.table.getByRole("link", { name: `Review ${name}`, exact: true }).click();

  const review = new RoleReviewPage(page);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Not reviewed yet")).toBeVisible();
  for (const label of ["View dashboards", "Export reports", "View invoices"]) {
    await expect(review.permissionRow(label)).toContainText("Not used in the last 90 days");
    await expect(review.checkbox(label)).toBeChecked();
  }
  await expect(review.members).toContainText("No one holds this role.");

  // Keep the dashboards; removing View invoices and Export reports ends the review with an edit.
  await review.checkbox("View dashboards").uncheck();
  await review.removeButton.click();
  await expect(review.status(`Review recorded: removed 2 permissions from “${name}”.`)).toBeVisible();
  await expect(review.permissionRow("View dashboards")).toBeVisible();
  await expect(review.permissions.getByRole("row")).toHaveCount(2);
  await expect(page.getByText(/^Last reviewed .+ by Olivia Owner$/)).toBeVisible();

  // "Still correct" on what is left.
  await review.stillCorrectButton.click();
  await expect(review.status("Review recorded: still correct.")).toBeVisible();

  await rolesPage.goto();
  await expect(rolesPage.roleRow(name)).toContainText("by Olivia Owner");
  await expect(rolesPage.roleRow(name)).not.toContainText("Not reviewed yet");
  await expect(rolesPage.roleRow(name)).not.toContainText("Review due");

  await rolePage.goto(id);
  await expect(page.getByText(/^Last reviewed .+ by Olivia Owner$/)).toBeVisible();

  await auditLog.goto();
  const reviews = auditLog.event(`reviewed role “${name}”`);
  await expect(reviews).toHaveCount(2);
  await expect(reviews.first()).toContainText("Still correct");
  await expect(reviews.nth(1)).toContainText("Removed: Export reports, View invoices");
});

test("an Admin reviewing a role that grants Change plans is told why and offered no decision", async ({ roleForm, openAs, cleanUpRole }, testInfo) => {
  const name = uniqueName("Plan changers", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(name, "Moves the plan");
  await roleForm.turnOn("Change plans");
  const id = await roleForm.saveNew(name);
  cleanUpRole(id);

  const admin = await openAs("admin");
  const review = new RoleReviewPage(admin.page);
  await review.goto(id);
  await expect(admin.page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(review.permissionRow("Change plans")).toBeVisible();
  await expect(admin.page.getByText("This role grants permissions you don't hold (Change plans), so you can't change it.")).toBeVisible();
  await expect(review.stillCorrectButton).toHaveCount(0);
  await expect(review.removeButton).toHaveCount(0);
});
