// Bulk assign: tick members (or all matching a filter), pick a role, review who gains and
// loses what, and confirm once; each member's change is audited.
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 3 }));

const bulk = (page: Page) => page.getByRole("region", { name: "Change the role of several members" });

async function review(page: Page, roleName: string) {
  await bulk(page).getByRole("combobox", { name: "New role" }).selectOption({ label: roleName });
  await bulk(page).getByRole("button", { name: "Review role change" }).click();
}

test("ticked members get a role in one confirmed step; all matching a filter go back the same way", async ({
  page,
  roleForm,
  teamPage,
  auditLog,
  qaOrg,
}, testInfo) => {
  const agents = qaOrg.agents.map((agent) => agent.name);
  const roleName = uniqueName("Bulk Desk", testInfo);
  await roleForm.create(roleName, ["View members", "Delete recordings"]);

  await teamPage.goto();
  // Nothing is chosen until the person chooses.
  await expect(bulk(page).getByRole("combobox", { name: "New role" })).toHaveValue("");
  for (const name of agents) await teamPage.table.getByRole("checkbox", { name: `Select ${name}` }).check();
  // The caller is left as they are, with the reason.
  await teamPage.table.getByRole("checkbox", { name: "Select Olivia Owner" }).check();
  await review(page, roleName);

  const dialog = page.getByRole("alertdialog", { name: `Give 3 members the ${roleName} role?` });
  const affected = dialog.getByRole("list", { name: "Affected members" }).getByRole("listitem");
  await expect(affected).toHaveCount(3);
  for (const name of agents) {
    const item = affected.filter({ hasText: name });
    await expect(item).toContainText(`Agent → ${roleName}`);
    await expect(item).toContainText("Gains: Delete recordings (sensitive)");
    await expect(item).toContainText("Loses: View numbers, View dashboards, View conversations, Send messages");
  }
  await expect(dialog).toContainText("Sensitive: 3 members gain a sensitive permission.");
  await expect(dialog.getByRole("list", { name: "Members left as they are" })).toContainText("Olivia Owner");
  await expect(dialog.getByRole("list", { name: "Members left as they are" })).toContainText("You can't change your own role.");
  await expectNoViolations(page);

  // Cancel writes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  for (const name of agents) await expect(teamPage.row(name).getByRole("cell").nth(2)).toHaveText("Agent");

  for (const name of agents) await teamPage.table.getByRole("checkbox", { name: `Select ${name}` }).check();
  await review(page, roleName);
  await dialog.getByRole("button", { name: "Change 3 members" }).click();
  await expect(bulk(page).getByRole("status")).toHaveText(`Saved. 3 members now have the ${roleName} role.`);
  for (const name of agents) await expect(teamPage.row(name).getByRole("cell").nth(2)).toHaveText(roleName);

  // Everyone the role filter matches, back to Agent.
  await teamPage.filterByRole(roleName);
  await expect(teamPage.rows).toHaveCount(3);
  await bulk(page).getByRole("checkbox", { name: "Select all matching" }).check();
  await review(page, "Agent");
  const back = page.getByRole("alertdialog", { name: "Give 3 members the Agent role?" });
  await expect(back.getByRole("list", { name: "Affected members" })).toContainText("Loses: Delete recordings (sensitive)");
  await back.getByRole("button", { name: "Change 3 members" }).click();
  await expect(bulk(page).getByRole("status")).toHaveText("Saved. 3 members now have the Agent role.");
  await expect(teamPage.table).toContainText("No members match.");

  await auditLog.goto();
  for (const name of agents) {
    await expect(auditLog.event(`changed the role of ${name}`).filter({ hasText: `${roleName} → Agent` })).toHaveCount(1);
    await expect(auditLog.event(`changed the role of ${name}`).filter({ hasText: `Agent → ${roleName}` })).toHaveCount(1);
  }
});

test("a bulk change is refused when a selected member changed since the review", async ({ page, teamPage, openAs, qaOrg }, testInfo) => {
  const member = qaOrg.agents[0].name;
  await teamPage.goto();
  await teamPage.table.getByRole("checkbox", { name: `Select ${member}` }).check();
  await review(page, "Admin");
  const dialog = page.getByRole("alertdialog", { name: "Give 1 member the Admin role?" });
  await expect(dialog.getByRole("list", { name: "Affected members" })).toContainText("Gains: Invite members");

  // Meanwhile, in another session, the member is given another role.
  const other = await openAs(qaOrg.owner);
  const otherRole = uniqueName("Night Desk", testInfo);
  await other.roleForm.create(otherRole, ["View members"]);
  await other.teamPage.gotoMember(member);
  await other.memberPage.assign(otherRole, member);

  await dialog.getByRole("button", { name: "Change 1 member" }).click();
  await expect(dialog.getByRole("status")).toHaveText(
    "The selected members or the role changed since you reviewed this change. Review it again before confirming.",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(teamPage.row(member).getByRole("cell").nth(2)).toHaveText(otherRole);
});

test("an Agent, who can't assign roles, is offered no bulk change", async ({ openAs, qaOrg }) => {
  const agent = await openAs(qaOrg.agents[0]);
  await agent.teamPage.goto();
  await expect(agent.teamPage.heading).toBeVisible();
  await expect(bulk(agent.page)).toHaveCount(0);
  await expect(agent.teamPage.table.getByRole("checkbox")).toHaveCount(0);
});
