// The help article's example end to end: a "QA Supervisor" who may listen to recordings and
// view dashboards but not export, assigned from Team Members; the member sees exactly that.
import { PASSWORD } from "./accounts";
import { emailFor } from "./demo-data";
import { asAccount, expect, test, uniqueName } from "./fixtures";

test.use(asAccount("owner"));

// The recordings it opens are the demo organisation's: the one spec that changes a demo
// member's role, and the only one to touch this member.
const member = "Ethan Kowalski";

test("a QA Supervisor listens to recordings and views dashboards, and nothing more", async ({
  teamPage,
  memberPage,
  roleForm,
  openAs,
  cleanUpRole,
}, testInfo) => {
  const roleName = uniqueName("QA Supervisor", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(roleName, "Reviews calls; no exports");
  await roleForm.turnOn("Listen to recordings");
  await roleForm.turnOn("View dashboards");
  await roleForm.expectOnly(["View dashboards", "Listen to recordings"]);
  cleanUpRole(await roleForm.saveNew(roleName));

  await teamPage.gotoMember(member);
  await memberPage.assign(roleName, member);

  const supervisor = await openAs({ email: emailFor(member), password: PASSWORD });
  await expect(supervisor.shell.heading).toHaveText(`Welcome, ${member}`);
  await expect(supervisor.shell.nav.getByRole("link")).toHaveText(["Overview", "Analytics", "Recordings", "Help"]);

  const p = supervisor.page;
  await p.goto("/analytics");
  await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(p.getByRole("button", { name: "Export CSV" })).toBeDisabled();
  expect((await p.request.get("/analytics/export")).status()).toBe(403);

  await p.goto("/recordings");
  await p.getByRole("table").getByRole("link").first().click();
  await expect(p.getByRole("button", { name: "Download audio" })).toBeDisabled();
  await expect(p.getByRole("button", { name: "Delete recording" })).toBeDisabled();
  expect((await p.request.get(`${new URL(p.url()).pathname}/download`)).status()).toBe(403);

  for (const path of ["/messages", "/numbers", "/settings/team", "/billing"]) {
    expect((await p.goto(path))?.status(), path).toBe(403);
  }
});
