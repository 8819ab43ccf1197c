// Phone Numbers: search the list, buy a number from the carrier simulator, point it at a
// member, make it someone's caller ID; what an Agent may not do; axe on every screen.
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test, uniqueName } from "./fixtures";

const numbersTable = (page: Page) => page.getByRole("table", { name: "Phone numbers" });
const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

async function search(page: Page, query: string) {
  await page.getByRole("searchbox", { name: "Search" }).fill(query);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === query);
}

/** The first number offered on the buy page, as shown ("+1 (303) 555-0142"), and its radio. */
async function firstOffer(page: Page) {
  const item = page.getByRole("group", { name: "Number" }).getByRole("listitem").first();
  const text = (await item.textContent()) ?? "";
  return { display: text.replace(/\$.*$/, "").trim(), radio: item.getByRole("radio") };
}

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("lists numbers with label, who they ring and price, and finds one by label", async ({ page }) => {
    await page.goto("/numbers");
    await expect(page.getByRole("heading", { level: 1, name: "Phone Numbers" })).toBeVisible();
    await expect(numbersTable(page).getByRole("columnheader")).toHaveText(["Number", "Label", "Rings", "Monthly price"]);
    await search(page, "Partner desk");
    const row = numbersTable(page).getByRole("row").filter({ hasText: "Partner desk" });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(3)).toHaveText("$1.15");
    await expect(page.getByText("1 number match.")).toBeVisible();
  });

  test("buys a number in Denver, points it at a member and makes it their caller ID", async ({ page }, testInfo) => {
    const label = uniqueName("E2E line", testInfo);
    await page.goto("/numbers");
    await page.getByRole("link", { name: "Buy a number" }).click();
    await page.getByLabel("Country").selectOption({ label: "United States" });
    await page.getByLabel("Area code").selectOption({ label: "303 · Denver, CO" });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Available in Denver, CO (303)" })).toBeVisible();

    const { display, radio } = await firstOffer(page);
    await radio.check();
    await expect(page.getByText(`Buying ${display} adds $1.15 a month to your bill.`)).toBeVisible();
    await page.getByLabel("Label (optional)").fill(label);
    await page.getByRole("button", { name: "Buy for $1.15/month" }).click();

    await expect(page).toHaveURL(/\/numbers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: display })).toBeVisible();
    await expect(status(page, `Bought ${display}.`)).toBeVisible();

    // Choosing before the page is interactive can be undone: Save is enabled once it is.
    await expect(page.getByRole("button", { name: "Save" })).toBeEnabled();
    await page.getByLabel("Rings", { exact: true }).selectOption({ label: "Grace Mwangi" });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(status(page, `Saved. ${display} (${label}) now rings Grace Mwangi.`)).toBeVisible();

    await page.goto("/numbers/caller-id");
    await expect(page.getByRole("button", { name: "Save caller ID for Grace Mwangi" })).toBeEnabled();
    const callerId = page.getByRole("combobox", { name: "Caller ID for Grace Mwangi" });
    await callerId.selectOption({ label: `${display} · ${label}` });
    await page.getByRole("button", { name: "Save caller ID for Grace Mwangi" }).click();
    await expect(status(page, `Saved. Grace Mwangi now calls out with ${display} (${label}).`)).toBeVisible();

    await page.goto("/numbers");
    await search(page, label);
    await expect(numbersTable(page).getByRole("row").filter({ hasText: label }).getByRole("cell")).toHaveText([display, label, "Grace Mwangi", "$1.15"]);
  });

  test("a number someone else bought a moment ago is refused with the reason", async ({ page, openAs }) => {
    await page.goto("/numbers/buy?country=GB&areaCode=161");
    const mine = await firstOffer(page);
    const admin = await openAs("admin");
    await admin.page.goto("/numbers/buy?country=GB&areaCode=161");
    const theirs = await firstOffer(admin.page);
    expect(theirs.display).toBe(mine.display);
    await theirs.radio.check();
    await admin.page.getByRole("button", { name: "Buy for $1.50/month" }).click();
    await expect(admin.page).toHaveURL(/\/numbers\/[0-9a-f-]{36}$/);

    await mine.radio.check();
    await page.getByRole("button", { name: "Buy for $1.50/month" }).click();
    await expect(status(page, "Someone bought this number a moment ago. Search again and pick another.")).toBeVisible();
  });
});

test.describe("as an Acme agent, who may view numbers only", () => {
  test.use(asAccount("agent"));

  test("sees the list without buying or caller ID, and a read-only number page with the reason", async ({ page }) => {
    await page.goto("/numbers");
    await expect(numbersTable(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "Buy a number" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Caller ID" })).toHaveCount(0);
    await numbersTable(page).getByRole("link").first().click();
    await expect(page.getByLabel("Rings", { exact: true })).toBeDisabled();
    await expect(page.getByLabel("Rings", { exact: true })).toHaveAccessibleDescription("Changing who this number rings needs the “Assign numbers” permission.");
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  });

  test("is refused the buy and caller ID pages", async ({ page }) => {
    for (const path of ["/numbers/buy", "/numbers/caller-id"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    }
  });
});

test.describe("accessibility", () => {
  test.use(asAccount("owner"));
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`numbers screens at ${viewport.width} px have no axe violations`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/numbers");
      await expectNoViolations(page, { afterAnimations: true });
      await page.goto("/numbers/buy?country=US&areaCode=212");
      await expectNoViolations(page, { afterAnimations: true });
      await page.goto("/numbers/caller-id");
      await expect(page.getByRole("button", { name: "Save caller ID for Grace Mwangi" })).toBeEnabled();
      await expectNoViolations(page, { afterAnimations: true });
      await page.goto("/numbers?q=Partner+desk");
      await numbersTable(page).getByRole("link").first().click();
      await expect(page.getByRole("button", { name: "Save" })).toBeEnabled();
      await expectNoViolations(page, { afterAnimations: true });
    });
  }
});
