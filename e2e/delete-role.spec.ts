// "Edit or delete a custom role": the confirmation lists who moves to Agent before anything happens.
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 1 }));

test("Delete Role lists the affected member, Cancel changes nothing, confirming moves them to Agent", async ({
  page,
  rolesPage,
  rolePage,
  roleForm,
  teamPage,
  memberPage,
  auditLog,
  qaOrg,
}, testInfo) => {
  const { name: member, email } = qaOrg.agents[0];
  const roleName = uniqueName("Escalations Desk", testInfo);
  await roleForm.create(roleName, ["View members", "Listen to recordings"]);
  const memberUrl = await teamPage.gotoMember(member);
  await memberPage.assign(roleName, member);

  await rolesPage.goto();
  await rolesPage.openRole(roleName);
  await expect(rolePage.membersSection.getByRole("link", { name: member })).toBeVisible();

  await rolePage.openDeleteDialog();
  await expect(rolePage.dialog).toHaveAccessibleName(`Delete ${roleName}?`);
  await expect(rolePage.dialog).toContainText("This member will move to the default Agent role.");
  const affected = rolePage.affectedMembers.getByRole("listitem");
  await expect(affected).toHaveCount(1);
  await expect(affected).toContainText(`${member} ${email}`);
  await expect(affected).toContainText(`${roleName} → Agent`);
  await expect(affected).toContainText("Gains: View numbers, View dashboards, View conversations, Send messages");

  await rolePage.cancelDelete();
  await expect(rolePage.dialog).toBeHidden();
  await page.reload();
  await expect(rolePage.heading(roleName)).toBeVisible();
  await expect(rolePage.membersSection.getByRole("link", { name: member })).toBeVisible();

  await rolePage.openDeleteDialog();
  await rolePage.confirmDelete();
  await expect(rolesPage.deletionNotice(roleName)).toHaveText(`Deleted “${roleName}”. 1 member moved to Agent.`);
  await expect(rolesPage.roleLink(roleName)).toHaveCount(0);

  await page.goto(memberUrl);
  await expect(memberPage.selectedRole("Agent")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "See what Agent can do" })).toBeVisible();

  await auditLog.goto();
  const deletion = auditLog.event(`deleted role “${roleName}”`);
  await expect(deletion).toHaveCount(1);
  await expect(deletion).toContainText(`Moved to Agent: ${member} (${email})`);
  await expect(auditLog.event(`changed the role of ${member}`).filter({ hasText: `Agent → ${roleName}` })).toHaveCount(1);
});
