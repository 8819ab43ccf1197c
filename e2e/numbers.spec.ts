// Phone Numbers: search the list, buy a number from the carrier simulator, point it at a
// member, make it someone's caller ID; what an Agent may not do; axe on every screen.
// Each test has an organisation of its own with the demo's numbers.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 4, areas: true }));

test.describe("as the Owner", () => {
  test("lists numbers with label, who they ring and price, and finds one by label", async ({ page, numbersPage }) => {
    await numbersPage.goto();
    await expect(numbersPage.heading).toBeVisible();
    await expect(numbersPage.table.getByRole("columnheader")).toHaveText(["Number", "Label", "Rings", "Monthly price"]);
    await numbersPage.search("Partner desk");
    const row = numbersPage.row("Partner desk");
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(3)).toHaveText("$1.15");
    await expect(page.getByText("1 number match.")).toBeVisible();
  });

  test("buys a number in Denver, points it at a member and makes it their caller ID", async ({
    page,
    shell,
    numbersPage,
    buyNumberPage: buy,
    numberPage,
    callerIdPage,
    qaOrg,
  }, testInfo) => {
    const agent = qaOrg.agents[0].name;
    const label = uniqueName("E2E line", testInfo);
    await numbersPage.goto();
    await numbersPage.buyLink.click();
    await buy.searchArea("United States", "303 · Denver, CO");
    await expect(page.getByRole("heading", { name: "Available in Denver, CO (303)" })).toBeVisible();

    const { display, radio } = await buy.firstOffer();
    await radio.check();
    await expect(page.getByText(`Buying ${display} adds $1.15 a month to your bill.`)).toBeVisible();
    await buy.label.fill(label);
    await buy.buyButton("$1.15").click();

    await expect(page).toHaveURL(/\/numbers\/[0-9a-f-]{36}$/);
    await expect(numberPage.heading(display)).toBeVisible();
    await expect(shell.status(`Bought ${display}.`)).toBeVisible();

    // Choosing before the page is interactive can be undone: Save is enabled once it is.
    await expect(numberPage.saveButton).toBeEnabled();
    await numberPage.ring(agent);
    await expect(shell.status(`Saved. ${display} (${label}) now rings ${agent}.`)).toBeVisible();

    await callerIdPage.goto();
    await expect(callerIdPage.saveButton(agent)).toBeEnabled();
    await callerIdPage.callerId(agent).selectOption({ label: `${display} · ${label}` });
    await callerIdPage.saveButton(agent).click();
    await expect(shell.status(`Saved. ${agent} now calls out with ${display} (${label}).`)).toBeVisible();

    await numbersPage.goto();
    await numbersPage.search(label);
    await expect(numbersPage.row(label).getByRole("cell")).toHaveText([display, label, agent, "$1.15"]);
  });

  test("a number someone else bought a moment ago is refused with the reason", async ({ shell, buyNumberPage: buy, openAs, qaOrg }) => {
    await buy.goto("GB", "161");
    const mine = await buy.firstOffer();
    const admin = await openAs(qaOrg.admin);
    await admin.buyNumberPage.goto("GB", "161");
    const theirs = await admin.buyNumberPage.firstOffer();
    expect(theirs.display).toBe(mine.display);
    await theirs.radio.check();
    await admin.buyNumberPage.buyButton("$1.50").click();
    await expect(admin.page).toHaveURL(/\/numbers\/[0-9a-f-]{36}$/);

    await mine.radio.check();
    await buy.buyButton("$1.50").click();
    await expect(shell.status("Someone bought this number a moment ago. Search again and pick another.")).toBeVisible();
  });
});

test.describe("as an Agent, who may view numbers only", () => {
  test("sees the list and a read-only number page with the reason, and is refused buying and caller ID", async ({ qaOrg, openAs }) => {
    const { numbersPage, numberPage, shell, buyNumberPage, callerIdPage } = await openAs(qaOrg.agents[0]);
    await numbersPage.goto();
    await expect(numbersPage.table).toBeVisible();
    await expect(numbersPage.buyLink).toHaveCount(0);
    await expect(numbersPage.callerIdLink).toHaveCount(0);
    await numbersPage.openFirst();
    await expect(numberPage.rings).toBeDisabled();
    await expect(numberPage.rings).toHaveAccessibleDescription("Changing who this number rings needs the “Assign numbers” permission.");
    await expect(numberPage.saveButton).toHaveCount(0);

    // And the buy and caller ID pages are refused.
    await shell.expectDenied(
      () => buyNumberPage.goto(),
      () => callerIdPage.goto(),
    );
  });
});

test.describe("accessibility", () => {
  for (const viewport of Object.values(VIEWPORTS)) {
    test(`numbers screens at ${viewport.width} px have no axe violations`, async ({ page, numbersPage, buyNumberPage, numberPage, callerIdPage, qaOrg }) => {
      await page.setViewportSize(viewport);
      await numbersPage.goto();
      await expectNoViolations(page);
      await buyNumberPage.goto("US", "212");
      await expectNoViolations(page);
      await callerIdPage.goto();
      await expect(callerIdPage.saveButton(qaOrg.agents[0].name)).toBeEnabled();
      await expectNoViolations(page);
      await numbersPage.goto("?q=Partner+desk");
      await numbersPage.openFirst();
      await expect(numberPage.saveButton).toBeEnabled();
      await expectNoViolations(page);
    });
  }
});
