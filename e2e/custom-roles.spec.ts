// The help article's "Custom Roles" steps, done the way an Owner does them in the browser.
import { expectNoViolations } from "./axe";
import { asAccount, endsWith, expect, test, uniqueName } from "./fixtures";
import { STALE_ROLE_MESSAGE } from "./pages/role-form-page";

test.use(asAccount("owner"));

const ANALYTICS = ["View dashboards", "Export reports", "Access team-wide stats", "Access individual stats"];
const AGENT = ["View members", "View numbers", "View dashboards", "Listen to recordings", "View conversations", "Send messages"];

test("creates a role: name, description, toggles with their needs, Save Role", async ({ page, shell, rolesPage, roleForm, cleanUpRole }, testInfo) => {
  const name = uniqueName("QA Supervisor", testInfo);
  await page.goto("/");
  await shell.navLink("Roles & Permissions").click();
  await expect(rolesPage.heading).toBeVisible();
  await rolesPage.createRoleLink.click();
  await expect(shell.heading).toHaveText("Create Role");
  await roleForm.fill(name, "Reviews call quality and shares the weekly report");

  // Turning a toggle on turns on what it needs, and says so.
  await roleForm.switch("Export reports").click();
  await expect(roleForm.switch("Export reports")).toBeChecked();
  await expect(roleForm.switch("View dashboards")).toBeChecked();
  await expect(roleForm.announcement).toHaveText("Export reports on. Also turned on View dashboards, which it needs.");

  // Turning a needed one off takes its dependents with it.
  await roleForm.switch("View dashboards").click();
  await expect(roleForm.switch("Export reports")).not.toBeChecked();
  await expect(roleForm.announcement).toHaveText("View dashboards off. Also turned off Export reports, which needs it.");

  // "All on" and "All off" act on their own category only.
  const analytics = roleForm.category("Analytics & Reporting");
  await roleForm.allOn("Analytics & Reporting");
  await expect(roleForm.announcement).toHaveText("All Analytics & Reporting permissions you can grant turned on.");
  for (const label of ANALYTICS) await expect(analytics.getByRole("switch", { name: label, exact: true })).toBeChecked();
  await expect(page.getByRole("switch", { checked: true })).toHaveCount(ANALYTICS.length);
  await roleForm.allOff("Analytics & Reporting");
  await expect(analytics.getByRole("switch", { checked: true })).toHaveCount(0);
  await expect(roleForm.announcement).toHaveText("All Analytics & Reporting permissions you can grant turned off.");

  await roleForm.allOn("Analytics & Reporting");
  await roleForm.turnOff("Access team-wide stats");
  await roleForm.turnOn("Download files");
  await expect(roleForm.switch("Listen to recordings")).toBeChecked();
  const saved = ["View dashboards", "Export reports", "Access individual stats", "Listen to recordings", "Download files"];
  await roleForm.expectOnly(saved);

  const id = await roleForm.saveNew(name);
  cleanUpRole(id);
  await expect(shell.status(`Role “${name}” created.`)).toBeVisible();
  await expect(roleForm.name).toHaveValue(name);
  await expect(roleForm.description).toHaveValue("Reviews call quality and shares the weekly report");
  await roleForm.expectOnly(saved);

  await page.reload();
  await roleForm.expectOnly(saved);
  await page.getByRole("link", { name: "← Roles & Permissions" }).click();
  await expect(rolesPage.roleRow(name)).toContainText("Custom");
  await expect(rolesPage.roleRow(name)).toContainText("Reviews call quality and shares the weekly report");
});

test("edits a role: Saved, kept after reload, and the audit log names what was added and removed", async ({
  page,
  shell,
  rolesPage,
  rolePage,
  roleForm,
  auditLog,
  cleanUpRole,
}, testInfo) => {
  const name = uniqueName("Regional Manager", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(name);
  await roleForm.turnOn("Download files", "View numbers");
  cleanUpRole(await roleForm.saveNew(name));

  await rolesPage.goto();
  await rolesPage.openRole(name);
  await roleForm.turnOff("Download files");
  await roleForm.turnOn("Send messages");
  await expect(roleForm.announcement).toHaveText("Send messages on. Also turned on View conversations, which it needs.");
  const after = ["View numbers", "Listen to recordings", "View conversations", "Send messages"];
  await roleForm.save();
  await expect(shell.status(`Saved “${name}”.`)).toBeVisible();
  await roleForm.expectOnly(after);

  await page.reload();
  await expect(rolePage.heading(name)).toBeVisible();
  await roleForm.expectOnly(after);

  await auditLog.goto();
  const edit = auditLog.event(`edited role “${name}”`);
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText("Olivia Owner");
  await expect(edit).toContainText("Added: View conversations, Send messages");
  await expect(edit).toContainText("Removed: Download files");
});

test("duplicates a built-in role: the form starts as Copy of Agent with Agent's toggles", async ({
  shell,
  rolesPage,
  roleForm,
  auditLog,
  cleanUpRole,
}, testInfo) => {
  await rolesPage.goto();
  await rolesPage.duplicateLink("Agent").click();
  await expect(shell.heading).toHaveText("Duplicate Agent");
  await expect(roleForm.name).toHaveValue("Copy of Agent");
  await roleForm.expectOnly(AGENT);

  const name = uniqueName("Senior Agent", testInfo);
  await roleForm.name.fill(name);
  await roleForm.turnOn("Export reports");
  cleanUpRole(await roleForm.saveNew(name));
  await roleForm.expectOnly([...AGENT, "Export reports"]);

  await auditLog.goto();
  await expect(auditLog.event(`duplicated “Agent” as “${name}”`)).toHaveCount(1);
});

test("refuses an empty, built-in or taken name beside the Name field and keeps the toggles", async ({ page, roleForm, cleanUpRole }, testInfo) => {
  await roleForm.gotoNew();
  await roleForm.turnOn("Export reports", "Delete recordings");
  const chosen = ["View dashboards", "Export reports", "Listen to recordings", "Delete recordings"];

  const refusals: [string, string][] = [
    ["", "Enter a name for the role."],
    ["admin ", "That name belongs to a built-in role. Choose another."],
    ["qa lead", "A role named “qa lead” already exists."],
  ];
  for (const [name, message] of refusals) {
    await roleForm.name.fill(name);
    await roleForm.save();
    // The error is tied to the field (aria-describedby), after its hint.
    await expect(roleForm.name).toHaveAccessibleDescription(endsWith(message));
    await expect(roleForm.name).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/settings\/roles\/new$/);
    await expect(roleForm.name).toHaveValue(name);
    await roleForm.expectOnly(chosen);
  }

  // Pasted text is kept whole, counted, and refused with a message instead of cut to fit.
  const long = "Quality Reviewer ".repeat(18).slice(0, 300);
  await roleForm.name.fill(long);
  await roleForm.description.fill("d".repeat(300));
  await expect(roleForm.name).toHaveValue(long);
  await expect(roleForm.name).toHaveAccessibleDescription(/250 characters too many: at most 50\./);
  await expect(roleForm.description).toHaveAccessibleDescription(/100 characters too many: at most 200\./);
  await roleForm.save();
  await expect(roleForm.name).toHaveAccessibleDescription(endsWith("Role names can be at most 50 characters."));
  await expect(roleForm.description).toHaveAccessibleDescription(endsWith("Descriptions can be at most 200 characters."));
  await expect(roleForm.name).toHaveValue(long);
  await roleForm.description.fill("d".repeat(190));
  await expect(roleForm.description).toHaveAccessibleDescription(/10 characters left\./);
  await expectNoViolations(page);
  await roleForm.description.fill("");

  // What was kept is what gets saved.
  const name = uniqueName("Quality Reviewer", testInfo);
  await roleForm.name.fill(name);
  cleanUpRole(await roleForm.saveNew(name));
  await roleForm.expectOnly(chosen);
});

test("a stale edit is refused with the exact message and keeps what the second person set", async ({
  rolePage,
  roleForm,
  shell,
  openAs,
  cleanUpRole,
}, testInfo) => {
  const name = uniqueName("Night Shift", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(name);
  await roleForm.turnOn("View members");
  const id = await roleForm.saveNew(name);
  cleanUpRole(id);

  const admin = await openAs("admin");
  await admin.rolePage.goto(id);
  await rolePage.goto(id);
  await expect(admin.rolePage.heading(name)).toBeVisible();

  await roleForm.turnOn("Send messages");
  await roleForm.save();
  await expect(shell.status(`Saved “${name}”.`)).toBeVisible();

  await admin.roleForm.turnOn("Edit IVR menus");
  await admin.roleForm.turnOff("View members");
  await admin.roleForm.save();
  await expect(admin.shell.status(STALE_ROLE_MESSAGE)).toHaveText(STALE_ROLE_MESSAGE);
  await admin.roleForm.expectOnly(["Edit IVR menus"]);

  // The edits stay, the other save is shown underneath, and they apply on top of it.
  const underneath = admin.page.getByRole("region", { name: "Someone saved this role while you were editing" });
  await expect(underneath.getByRole("list", { name: "Changed underneath" })).toHaveText("Turned on: View conversations, Send messages");
  await admin.roleForm.expectOnly(["Edit IVR menus"]);
  await expectNoViolations(admin.page);
  await underneath.getByRole("button", { name: "Apply my changes to the latest version" }).click();
  await expect(underneath).toHaveCount(0);
  await admin.roleForm.expectOnly(["Edit IVR menus", "View conversations", "Send messages"]);
  await admin.roleForm.save();
  await expect(admin.shell.status(`Saved “${name}”.`)).toBeVisible();

  await admin.page.reload();
  await admin.roleForm.expectOnly(["Edit IVR menus", "View conversations", "Send messages"]);
});

test("leaving a half-filled role form asks first", async ({ page, roleForm, rolesPage, shell }) => {
  await roleForm.gotoNew();
  await roleForm.name.fill("Half done");
  // A reload or a closed tab: the browser's own prompt.
  expect(await page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(true);

  // A link inside the app: stay, and nothing is lost.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await shell.navLink("Team Members").click();
  await expect(page).toHaveURL(/\/settings\/roles\/new$/);
  await expect(roleForm.name).toHaveValue("Half done");

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("link", { name: "Roles & Permissions" }).first().click();
  await expect(rolesPage.heading).toBeVisible();
  expect(asked).toBe("Leave this page? Your changes to this role are not saved.");
});
