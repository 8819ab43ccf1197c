// Custom roles are a Business-plan feature: Starter sees the built-in roles read-only and the way up.
import { asAccount, expect, test, uniqueName } from "./fixtures";
import { captureAction } from "./server-action";

const STARTER_REASON = "Custom roles are available on the Business plan and above. Your organisation is on Starter.";
const BUILT_IN = ["Owner", "Admin", "Agent"];

test.describe("on Starter (Bolt Startup)", () => {
  test.use(asAccount("boltOwner"));

  test("Roles & Permissions shows the built-in roles read-only, why, and Upgrade to Business", async ({ page, rolesPage }) => {
    await rolesPage.goto();
    await expect(rolesPage.heading).toBeVisible();
    await expect(rolesPage.upgradeNotice).toContainText(STARTER_REASON);
    await expect(rolesPage.upgradeNotice).toContainText("the built-in Owner, Admin and Agent roles are shown read-only");
    await expect(rolesPage.upgradeLink).toHaveAttribute("href", "/billing/plans?plan=business");
    await expect(rolesPage.createRoleLink).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Duplicate/ })).toHaveCount(0);
    await expect(rolesPage.usage).toHaveCount(0);
    for (const name of BUILT_IN) await expect(rolesPage.roleRow(name)).toContainText("Built-in");
    await expect(rolesPage.table.getByRole("row")).toHaveCount(1 + BUILT_IN.length);
  });

  test("Create Role gives the reason and the way up instead of a form", async ({ page, roleForm, rolesPage }) => {
    const response = await roleForm.gotoNew();
    expect(response?.status()).toBe(200);
    await expect(rolesPage.upgradeNotice).toContainText(STARTER_REASON);
    await expect(rolesPage.upgradeLink).toHaveAttribute("href", "/billing/plans?plan=business");
    await expect(page.getByText("toggle each permission")).toHaveCount(0);
    await expect(roleForm.name).toHaveCount(0);
    await expect(page.getByRole("switch")).toHaveCount(0);
    await expect(roleForm.saveButton).toHaveCount(0);
  });

  // A missing form proves nothing: replay a Business owner's Save Role from this Starter session.
  test("the server refuses a replayed Save Role on Starter", async ({ page, rolesPage, openAs }, testInfo) => {
    const acme = await openAs("owner");
    await acme.roleForm.gotoNew();
    await acme.roleForm.fill(uniqueName("Replayed", testInfo));
    await acme.roleForm.turnOn("View members");
    const createRole = await captureAction(acme.page, () => acme.roleForm.save());

    expect(await createRole.replay(page)).toContain(STARTER_REASON);
    await rolesPage.goto();
    await expect(rolesPage.table.getByRole("row")).toHaveCount(1 + BUILT_IN.length);
  });

  test("a built-in role page has no Save Role and no Delete Role", async ({ page, rolesPage, rolePage }) => {
    await rolesPage.goto();
    await rolesPage.openRole("Agent");
    await expect(page.getByText("Agent is a built-in role and can't be changed.")).toBeVisible();
    await expect(page.getByRole("switch", { checked: true })).toHaveCount(6);
    await expect(page.getByRole("switch", { disabled: false })).toHaveCount(0);
    await expect(rolePage.saveButton).toHaveCount(0);
    await expect(rolePage.deleteButton).toHaveCount(0);
    await expect(rolePage.duplicateLink).toHaveCount(0);
  });
});

test.describe("on Business (Acme Support)", () => {
  test.use(asAccount("owner"));

  test("Roles & Permissions counts custom roles against the plan's 25", async ({ rolesPage }) => {
    await rolesPage.goto();
    await expect(rolesPage.usage).toHaveText(/^[1-9]\d* of 25 custom roles used$/);
    await expect(rolesPage.upgradeNotice).toHaveCount(0);
    await expect(rolesPage.createRoleLink).toBeVisible();
    await expect(rolesPage.roleRow("QA Lead")).toContainText("Custom");
  });

  test("a built-in role can be duplicated but not saved or deleted", async ({ page, rolesPage, rolePage }) => {
    await rolesPage.goto();
    await rolesPage.openRole("Admin");
    await expect(page.getByRole("switch", { disabled: false })).toHaveCount(0);
    await expect(rolePage.saveButton).toHaveCount(0);
    await expect(rolePage.deleteButton).toHaveCount(0);
    await expect(rolePage.duplicateLink).toBeVisible();
  });
});
