// Impact preview: before assigning a role, saving a held role, deleting it or downgrading the
// plan, the confirmation says per member what they gain and lose, sensitive ones called out.
import { expectNoViolations } from "./axe";
import { QA_LEAD } from "./demo-data";
import { asAccount, expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.describe(() => {
  test.use(inFreshOrganization({ agents: 1 }));

  test("assign, Save Role and Delete Role each show the member's gains and losses before anything is written", async ({
    page,
    roleForm,
    rolePage,
    teamPage,
    memberPage,
    qaOrg,
  }, testInfo) => {
    const member = qaOrg.agents[0].name;
    const roleName = uniqueName("Impact Desk", testInfo);
    const roleId = await roleForm.create(roleName, ["View members", "Listen to recordings"]);

    // Assigning: the confirmation lists what the member loses; Cancel keeps the old role.
    const memberUrl = await teamPage.gotoMember(member);
    await memberPage.roleSelect.selectOption({ label: roleName });
    await memberPage.saveButton.click();
    await expect(memberPage.confirmation).toHaveAccessibleName(`Give ${member} the ${roleName} role?`);
    await expect(memberPage.impact.getByRole("listitem")).toHaveCount(1);
    await expect(memberPage.impact).toContainText(`Agent → ${roleName}`);
    await expect(memberPage.impact).toContainText("Loses: View numbers, View dashboards, View conversations, Send messages");
    await expectNoViolations(page);
    await memberPage.confirmation.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(memberPage.selectedRole("Agent")).toHaveCount(1);
    await memberPage.assign(roleName, member);

    // Save Role on a held role: the sensitive gain is marked in words, and Cancel saves nothing.
    await rolePage.goto(roleId);
    await roleForm.turnOn("Export reports");
    await roleForm.save();
    const dialog = page.getByRole("alertdialog", { name: `Save changes to ${roleName}?` });
    const affected = dialog.getByRole("list", { name: "Affected members" });
    await expect(affected.getByRole("listitem")).toHaveCount(1);
    await expect(affected).toContainText(member);
    await expect(affected).toContainText("Gains: View dashboards, Export reports (sensitive)");
    await expect(dialog).toContainText("Sensitive: 1 member gains a sensitive permission.");
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await page.reload();
    await expect(roleForm.switch("Export reports")).not.toBeChecked();

    await roleForm.turnOn("Export reports");
    await roleForm.save();
    await dialog.getByRole("button", { name: "Save Role" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Saved “${roleName}”.` })).toBeVisible();
    await page.reload();
    await expect(roleForm.switch("Export reports")).toBeChecked();

    // Delete Role: moving to Agent takes the sensitive permission away, and says so.
    await rolePage.openDeleteDialog();
    const leaving = rolePage.affectedMembers.getByRole("listitem");
    await expect(leaving).toHaveCount(1);
    await expect(leaving).toContainText(`${roleName} → Agent`);
    await expect(leaving).toContainText("Loses: Export reports (sensitive)");
    await expect(rolePage.dialog).toContainText("Sensitive: 1 member loses a sensitive permission.");
    await expectNoViolations(page);
    await rolePage.confirmDelete();
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Agent")).toHaveCount(1);
  });

  test("a role whose members' permissions don't change saves without a confirmation", async ({ page, roleForm, rolePage }, testInfo) => {
    const roleName = uniqueName("Quiet Desk", testInfo);
    const roleId = await roleForm.create(roleName, ["View members"]);
    await rolePage.goto(roleId);
    await roleForm.description.fill("No one holds it");
    await roleForm.save();
    await expect(page.getByRole("status").filter({ hasText: `Saved “${roleName}”.` })).toBeVisible();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  });
});

test.describe(() => {
  test.use(asAccount("owner"));

  test("a downgrade lists, per custom role holder, what they lose and gain as Agents", async ({ page }) => {
    await page.goto("/billing/plans");
    await page.getByRole("button", { name: "Downgrade to Pro" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Downgrade to Pro?" });
    const quinn = dialog.getByRole("list", { name: "Affected members" }).getByRole("listitem").filter({ hasText: QA_LEAD.name });
    await expect(quinn).toContainText(`${QA_LEAD.role} → ${QA_LEAD.role} (inactive: acts as Agent)`);
    await expect(quinn).toContainText("Loses: Access individual stats, Download files");
    await expect(quinn).toContainText("Gains: View numbers, View conversations, Send messages");
    await expectNoViolations(page);
    // Acme stays on Business: other specs rely on its custom roles.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("region", { name: "Business" })).toContainText("Current plan");
  });
});
