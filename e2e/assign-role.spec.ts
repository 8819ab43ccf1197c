// "Assign a custom role": the member's access changes on their next request, with no sign-out.
import { AGENT_PERMISSIONS } from "./demo-data";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 1 }));

test("a custom role assigned from Team Members reaches the member's open session on the next navigation", async ({
  page,
  shell,
  teamPage,
  memberPage,
  roleForm,
  openAs,
  qaOrg,
}, testInfo) => {
  const member = qaOrg.agents[0].name;
  const roleName = uniqueName("Team Coordinator", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(roleName, "Moves people between roles");
  await roleForm.turnOn("Assign roles");
  await roleForm.expectOnly(["View members", "Assign roles"]);
  await roleForm.saveNew(roleName);

  // The member is signed in, in their own browser, before anything changes.
  const agent = await openAs(qaOrg.agents[0]);
  await expect(agent.shell.heading).toHaveText(`Welcome, ${member}`);
  await expect(agent.shell.navLink("Roles & Permissions")).toHaveCount(0);
  await expect(agent.overview.permissions("Team Management").getByRole("listitem")).toHaveText(["View members"]);

  await page.goto("/");
  await shell.navLink("Team Members").click();
  await expect(teamPage.heading).toBeVisible();
  await teamPage.search(member);
  await expect(teamPage.rows).toHaveCount(1);
  await teamPage.openMember(member);
  await memberPage.roleSelect.selectOption({ label: roleName });
  await memberPage.saveButton.click();
  await expect(memberPage.confirmation).toHaveAccessibleName(`Give ${member} the ${roleName} role?`);
  await expect(memberPage.impact).toContainText("Gains: Assign roles");
  await memberPage.confirm();
  await expect(memberPage.status(`Saved. ${member} now has the ${roleName} role.`)).toBeVisible();
  await expect(memberPage.selectedRole(roleName)).toHaveCount(1);
  await expect(page.getByRole("link", { name: `See what ${roleName} can do` })).toBeVisible();

  await agent.page.reload();
  await expect(agent.shell.navLink("Roles & Permissions")).toBeVisible();
  await expect(agent.overview.permissions("Team Management").getByRole("listitem")).toHaveText(["View members", "Assign roles"]);
  await expect(agent.overview.permissions("SMS & Messaging")).toHaveCount(0);
  await agent.shell.navLink("Roles & Permissions").click();
  await expect(agent.rolesPage.heading).toBeVisible();
  await expect(agent.page).toHaveURL(/\/settings\/roles$/);

  // Back to Agent: the next request loses it again.
  await memberPage.assign("Agent", member);
  const denied = await agent.page.reload();
  expect(denied?.status()).toBe(403);
  await expect(agent.shell.accessDeniedHeading).toBeVisible();
  await expect(agent.shell.navLink("Roles & Permissions")).toHaveCount(0);
  await agent.overview.goto();
  await expect(agent.shell.heading).toHaveText(`Welcome, ${member}`);
  const held = agent.overview.yourAccess.getByRole("listitem");
  await expect(held).toHaveText(AGENT_PERMISSIONS);
});
