// "Add members" on a role's page: the team list's bulk change, with its impact preview.
import { expectNoViolations } from "./axe";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 2 }));

test("an agent is added to a new role from its page after the impact preview", async ({ page, roleForm, rolePage, qaOrg }, testInfo) => {
  const [agent, other] = qaOrg.agents;
  const roleName = uniqueName("Add Desk", testInfo);
  await roleForm.create(roleName, ["View members"]);
  await expect(page.getByText("0 members", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Add members" }).click();
  const form = page.getByRole("form", { name: `Add members to ${roleName}` });
  // Owners are not offered: only their own page changes an Owner's role.
  await expect(form.getByRole("checkbox", { name: /Olivia Owner/ })).toHaveCount(0);
  await form.getByRole("searchbox", { name: "Find a member" }).fill(agent.name);
  await expect(form.getByRole("checkbox", { name: new RegExp(other.name) })).toBeHidden();
  await form.getByRole("checkbox", { name: new RegExp(agent.name) }).check();
  await form.getByRole("button", { name: "Review adding members" }).click();

  const dialog = page.getByRole("alertdialog", { name: `Give 1 member the ${roleName} role?` });
  await expect(rolePage.affectedMembers.getByRole("listitem")).toHaveCount(1);
  await expect(rolePage.affectedMembers).toContainText(`Agent → ${roleName}`);
  await expectNoViolations(page);
  await dialog.getByRole("button", { name: "Change 1 member" }).click();

  await expect(page.getByRole("status").filter({ hasText: "now has the" })).toHaveText(`Saved. 1 member now has the ${roleName} role.`);
  await expect(page.getByText("1 member", { exact: true })).toBeVisible();
  await expect(rolePage.membersSection.getByRole("link", { name: agent.name })).toBeVisible();
});
