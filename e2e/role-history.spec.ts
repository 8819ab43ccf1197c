// Role history: every version with who and when, members joining, and one-click restore.
import { asAccount, expect, inFreshOrganization, test, uniqueName } from "./fixtures";
import { RoleHistoryPage } from "./pages/role-history-page";
import { STALE_ROLE_MESSAGE } from "./pages/role-form-page";

test.describe(() => {
  test.use(inFreshOrganization({ agents: 1 }));

  test("History shows each version and who joined, and restores an earlier version as a new one", async ({
    page,
    roleForm,
    rolePage,
    teamPage,
    memberPage,
    openAs,
    qaOrg,
  }, testInfo) => {
    const member = qaOrg.agents[0].name;
    const name = uniqueName("Night Shift", testInfo);
    const id = await roleForm.create(name, ["Export reports"], "Covers the late queue");

    await roleForm.turnOff("Export reports");
    await roleForm.turnOn("Listen to recordings");
    await roleForm.save();
    await expect(roleForm.page.getByRole("status").filter({ hasText: `Saved “${name}”.` })).toBeVisible();

    await teamPage.gotoMember(member);
    await memberPage.assign(name, member);

    const history = new RoleHistoryPage(page);
    await rolePage.goto(id);
    await history.tab("History").click();
    await expect(page).toHaveURL(new RegExp(`/settings/roles/${id}/history$`));
    await expect(history.tab("History")).toHaveAttribute("aria-current", "page");
    await expect(history.entries.first()).toContainText(`${member} was added to this role by Olivia Owner`);
    await expect(history.version(2)).toContainText("Current");
    await expect(history.version(2)).toContainText("Edited by Olivia Owner");
    await expect(history.version(2)).toContainText("Permissions added: Listen to recordings");
    await expect(history.version(2)).toContainText("Permissions removed: Export reports");
    await expect(history.version(1)).toContainText("Created by Olivia Owner");
    await expect(history.version(1)).toContainText("Permissions: View dashboards, Export reports");
    await expect(history.restoreButton(2)).toHaveCount(0);

    // Someone else has the same page open, on version 2.
    const other = await openAs(qaOrg.owner);
    const otherHistory = new RoleHistoryPage(other.page);
    await otherHistory.goto(id);
    await expect(otherHistory.restoreButton(1)).toBeVisible();

    await history.restoreButton(1).click();
    await expect(history.status(`Restored version 1 of “${name}” as version 3.`)).toBeVisible();
    await expect(history.version(3)).toContainText("Current");
    await expect(history.version(3)).toContainText("Restored from version 1 by Olivia Owner");
    await expect(history.version(3)).toContainText("Permissions added: Export reports");
    await expect(history.version(3)).toContainText("Permissions removed: Listen to recordings");

    // Their click is based on version 2: refused, nothing written.
    await otherHistory.restoreButton(1).click();
    await expect(otherHistory.status(STALE_ROLE_MESSAGE)).toBeVisible();

    await history.tab("Permissions").click();
    await roleForm.expectOnly(["View dashboards", "Export reports"]);
  });
});

test.describe(() => {
  test.use(asAccount("owner"));

  test("History and Review are refused, on the server, to a member without Manage roles", async ({ openAs, page }) => {
    await page.goto("/settings/roles");
    const qaLeadId = new URL((await page.getByRole("link", { name: "QA Lead", exact: true }).getAttribute("href")) ?? "", "http://x").pathname
      .split("/")
      .pop()!;
    const qa = await openAs("qa");
    for (const tab of ["history", "review"]) {
      const response = await qa.page.goto(`/settings/roles/${qaLeadId}/${tab}`);
      expect(response?.status()).toBe(403);
      await expect(qa.shell.accessDeniedHeading).toBeVisible();
    }
  });
});
