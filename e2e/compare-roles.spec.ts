// Compare roles: pick roles on Roles & Permissions, see differences first, show all, export
// CSV; and compare a role made from a built-in role with that role.
import { asAccount, expect, test, uniqueName } from "./fixtures";

test.describe("as an Owner", () => {
  test.use(asAccount("owner"));

  test("picks Admin and Agent, sees the differences first, shows all and exports CSV", async ({ page, rolesPage }) => {
    await rolesPage.goto();
    const picker = page.getByRole("group", { name: "Compare roles" });
    await picker.getByRole("checkbox", { name: "Admin", exact: true }).check();
    await picker.getByRole("checkbox", { name: "Agent", exact: true }).check();
    await page.getByRole("button", { name: "Compare", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Compare roles" })).toBeVisible();
    const table = page.getByRole("table", { name: "Role comparison" });
    await expect(table.getByRole("columnheader", { name: /^Admin/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /^Agent/ })).toBeVisible();
    const invite = table.getByRole("row", { name: /Invite members/ });
    await expect(invite.getByRole("cell")).toHaveText([/Granted/, /Not granted/]);
    await expect(table.getByRole("rowheader", { name: /View members/ })).toHaveCount(0);

    await page.getByRole("link", { name: "Show all" }).click();
    await expect(table.getByRole("rowheader", { name: /View members/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Same in every role" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Show differences only" })).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("role-comparison.csv");
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("Category,Permission,Differs,Admin (Built-in),Agent (Built-in)");
    expect(text).toContain("Team Management,Invite members,Yes,Granted,Not granted");
  });

  test("asks for a second role when only one is picked, and 404s on unknown or invalid ids", async ({ page }) => {
    await page.goto("/settings/roles/compare");
    await expect(page.getByRole("status").filter({ hasText: "Pick two or more roles to compare." })).toBeVisible();
    expect((await page.goto("/settings/roles/compare?roles=00000000-0000-4000-8000-000000000000,00000000-0000-4000-8000-000000000001"))?.status()).toBe(404);
    expect((await page.goto("/settings/roles/compare?roles=nope,also-nope"))?.status()).toBe(404);
  });

  test("compares a duplicate of Admin with Admin", async ({ page, rolesPage, roleForm, cleanUpRole }, testInfo) => {
    await rolesPage.goto();
    await rolesPage.duplicateLink("Admin").click();
    const name = uniqueName("Deputy", testInfo);
    await roleForm.name.fill(name);
    await roleForm.turnOff("Delete recordings");
    cleanUpRole(await roleForm.saveNew(name));

    await page.getByRole("link", { name: "Compare with Admin" }).click();
    const table = page.getByRole("table", { name: "Role comparison" });
    await expect(table.getByRole("columnheader", { name: new RegExp(`^${name}`) })).toBeVisible();
    await expect(table.getByRole("rowheader")).toHaveText([/Delete recordings/]);
    await expect(table.getByRole("row", { name: /Delete recordings/ }).getByRole("cell")).toHaveText([/Not granted/, /Granted/]);
  });
});

test.describe("as an Agent", () => {
  test.use(asAccount("agent"));

  test("is refused the comparison and its export", async ({ page }) => {
    expect((await page.goto("/settings/roles/compare"))?.status()).toBe(403);
    expect((await page.request.get("/settings/roles/compare/export")).status()).toBe(403);
  });
});
