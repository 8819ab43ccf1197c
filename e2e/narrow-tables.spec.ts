// Tables on a 390 px phone: each row becomes a card, so Role, Status, Duplicate and every
// compared role are on screen without scrolling the page sideways.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { expectNoSideScroll, expectWithinWidth } from "./layout";

test.use({ ...asAccount("owner"), viewport: VIEWPORTS.phone });

test("roles, team members, a comparison and effective permissions fit a phone", async ({ page, rolesPage, teamPage, memberPage }) => {
  await rolesPage.goto();
  await expectNoSideScroll(page);
  await expectWithinWidth(rolesPage.duplicateLink("QA Lead"));
  await expectWithinWidth(rolesPage.roleRow("QA Lead").getByRole("cell", { name: /^Review/ }));
  await expectNoViolations(page);

  const picker = page.getByRole("group", { name: "Compare roles" });
  await picker.getByRole("checkbox", { name: "Admin", exact: true }).check();
  await picker.getByRole("checkbox", { name: "Agent", exact: true }).check();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const invite = page.getByRole("table", { name: "Role comparison" }).getByRole("row", { name: /Invite members/ });
  await expect(invite.getByRole("cell")).toHaveText([/Granted/, /Not granted/]);
  await expectNoSideScroll(page);
  for (const cell of await invite.getByRole("cell").all()) await expectWithinWidth(cell);

  await teamPage.goto();
  await expectNoSideScroll(page);
  const liam = teamPage.row("Liam Chen");
  await expectWithinWidth(liam.getByRole("cell", { name: /^Role/ }));
  await expectWithinWidth(liam.getByText("Active", { exact: true }));
  await expectWithinWidth(teamPage.roleFilter);
  await expectNoViolations(page);

  await teamPage.memberLink("Liam Chen").click();
  await expect(memberPage.heading("Liam Chen")).toBeVisible();
  await expectNoSideScroll(page);
  const effective = page.getByRole("table", { name: "Effective permissions of Liam Chen" });
  await expectWithinWidth(effective.getByRole("cell", { name: /Granted by/ }).first());
});
