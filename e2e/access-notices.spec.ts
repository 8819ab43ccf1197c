// Tell people: a member whose access changes sees it on their next page, and Owners hear when
// someone is given a sensitive permission. Each dismisses their own notice.
import { expectNoViolations } from "./axe";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";
import { Notices } from "./pages/notices";

test.use(inFreshOrganization({ agents: 1 }));

test("the member and the Owners are told what changed, and each dismisses their own notice", async ({
  page,
  roleForm,
  rolePage,
  teamPage,
  memberPage,
  openAs,
  qaOrg,
}, testInfo) => {
  const member = qaOrg.agents[0].name;
  const name = uniqueName("Report Runners", testInfo);
  const id = await roleForm.create(name, ["View members", "View dashboards"], "Runs the weekly numbers");

  const person = await openAs(qaOrg.agents[0]);
  await expect(person.shell.heading).toHaveText(`Welcome, ${member}`);
  const theirNotices = new Notices(person.page);
  await expect(theirNotices.region).toHaveCount(0);

  await teamPage.gotoMember(member);
  await memberPage.assign(name, member);

  await person.page.reload();
  await expect(theirNotices.notice("Your access changed")).toHaveText(
    /Your access changed: you can no longer view numbers, listen to recordings, view conversations and send messages\. Changed by Olivia Owner\./,
  );

  // An Admin gives the role Export reports: the member is told, and so is the Owner.
  const admin = await openAs(qaOrg.admin);
  await admin.rolePage.goto(id);
  await admin.roleForm.turnOn("Export reports");
  await admin.roleForm.saveHeld(name);
  await expect(admin.page.getByRole("status").filter({ hasText: `Saved “${name}”.` })).toBeVisible();

  await person.page.reload();
  const gained = theirNotices.notice("you can now export reports. Changed by Adam Admin.");
  await expect(gained).toBeVisible();
  await expectNoViolations(person.page);
  await theirNotices.dismiss("you can now export reports");
  await expect(gained).toHaveCount(0);
  await person.page.reload();
  await expect(gained).toHaveCount(0);
  await expect(theirNotices.notice("Changed by Olivia Owner")).toBeVisible();

  const ownerNotices = new Notices(page);
  await page.goto("/");
  const sensitive = ownerNotices.notice(`${member} was given sensitive permissions by Adam Admin: Export reports.`);
  await expect(sensitive).toBeVisible();
  await expect(ownerNotices.region).toHaveAccessibleName("Notices");
  await sensitive.getByRole("button", { name: "Dismiss" }).click();
  await expect(sensitive).toHaveCount(0);
  await rolePage.goto(id);
  await expect(sensitive).toHaveCount(0);
});
