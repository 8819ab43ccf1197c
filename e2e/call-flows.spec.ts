// Call Flows: an Owner edits the main IVR menu, a ring group, the business hours and the
// routing rules; an Agent is refused; every screen passes axe. Each test has an organisation
// of its own with the demo's call flows.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { appFor, expect, inFreshOrganization, test, type App } from "./fixtures";

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.use(inFreshOrganization({ agents: 4, areas: true }));

test.describe("as the Owner", () => {
  test("adds a keypress to the main menu, then removes it", async ({ page, shell, callFlowsPage, ivrMenuPage: menu }) => {
    await callFlowsPage.open("IVR menus", "Main menu");
    const before = await menu.options.count();
    const label = unique("Feedback");

    await menu.addKeypressButton.click();
    const added = menu.option(before + 1);
    await added.getByLabel("Option name").fill(label);
    await added.getByLabel("Sends the call to").selectOption({ label: "Support ring group" });
    await menu.saveButton.click();
    await expect(shell.status("Saved the “Main menu” menu.")).toBeVisible();

    await page.reload();
    await expect(menu.option(before + 1).getByLabel("Option name")).toHaveValue(label);
    await menu.removeButton(before + 1).click();
    await menu.saveButton.click();
    await expect(shell.status("Saved the “Main menu” menu.")).toBeVisible();
    await page.reload();
    await expect(menu.options).toHaveCount(before);
  });

  test("adds a member to the Sales ring group, changes how it rings, then restores it", async ({ page, shell, callFlowsPage, ringGroupPage: group }) => {
    await callFlowsPage.open("Ring groups", "Sales");
    const before = await group.members.count();
    const originalTimeout = await group.ringFor.inputValue();

    const person = await group.firstOffered();
    await group.add(person);
    await expect(page.getByText(`${person} added. Save to keep the change.`)).toBeVisible();
    await group.ringFor.fill("40");
    await group.strategy("In order").check();
    await group.saveButton.click();
    await expect(shell.status("Saved the “Sales” ring group.")).toBeVisible();

    await page.reload();
    await expect(group.members).toHaveCount(before + 1);
    await expect(group.members.last()).toContainText(person);
    await expect(group.ringFor).toHaveValue("40");
    await expect(group.strategy("In order")).toBeChecked();

    await group.removeButton(person).click();
    await group.ringFor.fill(originalTimeout);
    await group.strategy("Ring all at once").check();
    await group.saveButton.click();
    await expect(shell.status("Saved the “Sales” ring group.")).toBeVisible();
  });

  test("a holiday saved in one tab makes an older tab's save refuse, not overwrite", async ({
    page,
    context,
    shell,
    callFlowsPage,
    businessHoursPage: hours,
  }) => {
    await callFlowsPage.open("Business hours", "Edit business hours", "Business hours");
    const other = appFor(await context.newPage());
    await other.businessHoursPage.goto();
    const name = unique("Away day");

    await hours.addHoliday("2031-06-13", name);
    await hours.saveButton.click();
    await expect(shell.status("Saved the business hours.")).toBeVisible();

    await other.businessHoursPage.day("Saturday").getByLabel("Open on Saturday").check();
    await other.businessHoursPage.saveButton.click();
    await expect(other.shell.status("The business hours were changed by someone else. Reload to see the latest version.")).toBeVisible();

    await page.reload();
    const names = await hours.holidayNames();
    expect(names).toContain(name);
    await hours.removeHolidayButton(names.indexOf(name) + 1).click();
    await hours.saveButton.click();
    await expect(shell.status("Saved the business hours.")).toBeVisible();
    await callFlowsPage.goto();
    await expect(callFlowsPage.section("Business hours")).not.toContainText(name);
  });

  test("a routing rule with a malformed prefix is refused beside the field, then saved and removed", async ({
    page,
    shell,
    callFlowsPage,
    routingRulesPage: routing,
  }) => {
    await callFlowsPage.open("Routing rules", "Edit routing rules", "Routing rules");
    const before = await routing.rules.count();
    const name = unique("UK callers");

    await routing.addRuleButton.click();
    const rule = routing.rule(before + 1);
    await rule.getByLabel("Rule name").fill(name);
    await rule.getByLabel("When").selectOption({ label: "Caller's number starts with" });
    await rule.getByLabel("Number prefix").fill("44");
    await rule.getByLabel("Send the call to").selectOption({ label: "Billing ring group" });
    await routing.saveButton.click();
    await expect(rule.getByText("Enter a + and up to 8 digits, such as +44 or +1212.")).toBeVisible();
    await expect(rule.getByLabel("Number prefix")).toHaveAttribute("aria-invalid", "true");

    await rule.getByLabel("Number prefix").fill("+44");
    await routing.saveButton.click();
    await expect(shell.status("Saved the routing rules.")).toBeVisible();
    await callFlowsPage.goto();
    await expect(callFlowsPage.routingSummary.filter({ hasText: name })).toContainText("Caller's number starts with +44 → Billing ring group");

    await page.getByRole("link", { name: "Edit routing rules" }).click();
    await routing.removeButton(before + 1).click();
    await routing.saveButton.click();
    await expect(shell.status("Saved the routing rules.")).toBeVisible();
  });
});

test.describe("as an Agent", () => {
  test("is refused Call Flows and its parts", async ({ qaOrg, openAs }) => {
    const { shell, callFlowsPage, businessHoursPage, routingRulesPage } = await openAs(qaOrg.agents[0]);
    await shell.expectDenied(
      () => callFlowsPage.goto(),
      () => businessHoursPage.goto(),
      () => routingRulesPage.goto(),
    );
    await expect(shell.nav.getByRole("link", { name: "Call Flows" })).toHaveCount(0);
  });
});

const SCREENS: [string, (app: App) => Promise<unknown>][] = [
  ["overview", (app) => app.callFlowsPage.goto()],
  ["IVR menu", (app) => app.callFlowsPage.open("IVR menus", "Main menu")],
  ["ring group", (app) => app.callFlowsPage.open("Ring groups", "Support")],
  ["business hours", (app) => app.businessHoursPage.goto()],
  ["routing rules", (app) => app.routingRulesPage.goto()],
];

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("every call-flow screen passes axe", async ({ page, shell }) => {
      for (const [name, open] of SCREENS) {
        await test.step(name, async () => {
          await open(appFor(page));
          await expect(shell.heading).toBeVisible();
          await expectNoViolations(page);
        });
      }
    });
  });
}
