// Call Flows: an Owner edits the main IVR menu, a ring group, the business hours and the
// routing rules, then puts each back; an Agent is refused; every screen passes axe.
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test } from "./fixtures";

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** Follows a link from the overview and waits for the page it opens, titled `heading`. */
async function openFromOverview(page: Page, section: string, link: string, heading = link) {
  await page.goto("/call-flows");
  await page.getByRole("region", { name: section }).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
}

const saved = (page: Page, message: string) => expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("adds a keypress to the main menu, then removes it", async ({ page }) => {
    await openFromOverview(page, "IVR menus", "Main menu");
    const options = page.getByRole("group", { name: /^Option \d+$/ });
    const before = await options.count();
    const label = unique("Feedback");

    await page.getByRole("button", { name: "Add keypress" }).click();
    const added = page.getByRole("group", { name: `Option ${before + 1}` });
    await added.getByLabel("Option name").fill(label);
    await added.getByLabel("Sends the call to").selectOption({ label: "Support ring group" });
    await page.getByRole("button", { name: "Save menu" }).click();
    await saved(page, "Saved the “Main menu” menu.");

    await page.reload();
    await expect(page.getByRole("group", { name: `Option ${before + 1}` }).getByLabel("Option name")).toHaveValue(label);
    await page.getByRole("button", { name: `Remove option ${before + 1}` }).click();
    await page.getByRole("button", { name: "Save menu" }).click();
    await saved(page, "Saved the “Main menu” menu.");
    await page.reload();
    await expect(options).toHaveCount(before);
  });

  test("adds a member to the Sales ring group, changes how it rings, then restores it", async ({ page }) => {
    await openFromOverview(page, "Ring groups", "Sales");
    const members = page.getByRole("list", { name: "Members in ringing order" }).getByRole("listitem");
    const before = await members.count();
    const timeout = page.getByLabel("Ring for (seconds)");
    const originalTimeout = await timeout.inputValue();
    const strategy = page.getByRole("radio", { name: /In order/ });

    const picker = page.getByLabel("Add a member");
    const person = (await picker.locator("option").nth(1).textContent())!.trim();
    await picker.selectOption({ label: person });
    await page.getByRole("button", { name: "Add to group" }).click();
    await expect(page.getByText(`${person} added. Save to keep the change.`)).toBeVisible();
    await timeout.fill("40");
    await strategy.check();
    await page.getByRole("button", { name: "Save ring group" }).click();
    await saved(page, "Saved the “Sales” ring group.");

    await page.reload();
    await expect(members).toHaveCount(before + 1);
    await expect(members.last()).toContainText(person);
    await expect(timeout).toHaveValue("40");
    await expect(strategy).toBeChecked();

    await page.getByRole("button", { name: `Remove ${person}` }).click();
    await timeout.fill(originalTimeout);
    await page.getByRole("radio", { name: /Ring all at once/ }).check();
    await page.getByRole("button", { name: "Save ring group" }).click();
    await saved(page, "Saved the “Sales” ring group.");
  });

  test("a holiday saved in one tab makes an older tab's save refuse, not overwrite", async ({ page, context }) => {
    await openFromOverview(page, "Business hours", "Edit business hours", "Business hours");
    const other = await context.newPage();
    await other.goto("/call-flows/hours");
    const name = unique("Away day");

    await page.getByRole("button", { name: "Add holiday" }).click();
    const holiday = page.getByRole("group", { name: /^Holiday \d+$/ }).last();
    await holiday.getByLabel("Date").fill("2031-06-13");
    await holiday.getByLabel("Holiday name").fill(name);
    await page.getByRole("button", { name: "Save business hours" }).click();
    await saved(page, "Saved the business hours.");

    await other.getByRole("group", { name: "Saturday" }).getByLabel("Open on Saturday").check();
    await other.getByRole("button", { name: "Save business hours" }).click();
    await saved(other, "The business hours were changed by someone else. Reload to see the latest version.");

    await page.reload();
    const holidays = page.getByRole("group", { name: /^Holiday \d+$/ });
    const names = await holidays.getByLabel("Holiday name").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toContain(name);
    await page.getByRole("button", { name: `Remove holiday ${names.indexOf(name) + 1}` }).click();
    await page.getByRole("button", { name: "Save business hours" }).click();
    await saved(page, "Saved the business hours.");
    await page.goto("/call-flows");
    await expect(page.getByRole("region", { name: "Business hours" })).not.toContainText(name);
  });

  test("a routing rule with a malformed prefix is refused beside the field, then saved and removed", async ({ page }) => {
    await openFromOverview(page, "Routing rules", "Edit routing rules", "Routing rules");
    const rules = page.getByRole("group", { name: /^Rule \d+$/ });
    const before = await rules.count();
    const name = unique("UK callers");

    await page.getByRole("button", { name: "Add rule" }).click();
    const rule = page.getByRole("group", { name: `Rule ${before + 1}` });
    await rule.getByLabel("Rule name").fill(name);
    await rule.getByLabel("When").selectOption({ label: "Caller's number starts with" });
    await rule.getByLabel("Number prefix").fill("44");
    await rule.getByLabel("Send the call to").selectOption({ label: "Billing ring group" });
    await page.getByRole("button", { name: "Save routing rules" }).click();
    await expect(rule.getByText("Enter a + and up to 8 digits, such as +44 or +1212.")).toBeVisible();
    await expect(rule.getByLabel("Number prefix")).toHaveAttribute("aria-invalid", "true");

    await rule.getByLabel("Number prefix").fill("+44");
    await page.getByRole("button", { name: "Save routing rules" }).click();
    await saved(page, "Saved the routing rules.");
    await page.goto("/call-flows");
    const summary = page.getByRole("list", { name: "Routing rules in order" }).getByRole("listitem").filter({ hasText: name });
    await expect(summary).toContainText("Caller's number starts with +44 → Billing ring group");

    await page.getByRole("link", { name: "Edit routing rules" }).click();
    await page.getByRole("button", { name: `Remove rule ${before + 1}` }).click();
    await page.getByRole("button", { name: "Save routing rules" }).click();
    await saved(page, "Saved the routing rules.");
  });
});

test.describe("as an Acme agent", () => {
  test.use(asAccount("agent"));

  test("is refused Call Flows and its parts", async ({ page }) => {
    for (const path of ["/call-flows", "/call-flows/hours", "/call-flows/routing"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Call Flows" })).toHaveCount(0);
  });
});

for (const [width, viewport] of [
  ["desktop", { width: 1280, height: 720 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(`call-flow screens pass axe at ${width} width`, () => {
    test.use({ ...asAccount("owner"), viewport });

    const screens: [string, (page: Page) => Promise<unknown>][] = [
      ["overview", (page) => page.goto("/call-flows")],
      ["IVR menu", (page) => openFromOverview(page, "IVR menus", "Main menu")],
      ["ring group", (page) => openFromOverview(page, "Ring groups", "Support")],
      ["business hours", (page) => page.goto("/call-flows/hours")],
      ["routing rules", (page) => page.goto("/call-flows/routing")],
    ];
    for (const [name, open] of screens) {
      test(name, async ({ page }) => {
        await open(page);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoViolations(page);
      });
    }
  });
}
