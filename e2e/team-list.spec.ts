// Team Members: search as you type (and with a plain form submit without scripts), columns
// sorted through the URL with aria-sort, and the list exported as CSV with each member's role.
import fs from "node:fs";
import { asAccount, expect, test } from "./fixtures";

test.use(asAccount("owner"));

test("searches as you type, sorts by a column and exports what it shows", async ({ page, teamPage }) => {
  await teamPage.goto();
  await teamPage.searchBox.pressSequentially("liam", { delay: 50 });
  await page.waitForURL((url) => url.searchParams.get("q") === "liam");
  await expect(teamPage.rows).toHaveCount(1);
  await expect(teamPage.row("Liam Chen")).toBeVisible();
  await expect(teamPage.filters.getByRole("button", { name: "Apply" })).toHaveCount(0);

  await teamPage.searchBox.fill("acme.test");
  await page.waitForURL((url) => url.searchParams.get("q") === "acme.test");
  await teamPage.sortButton("Email").click();
  await expect(teamPage.columnHeader("Email")).toHaveAttribute("aria-sort", "ascending");
  await teamPage.sortButton("Email").click();
  await expect(teamPage.columnHeader("Email")).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/[?&]sort=-email/);
  await expect(teamPage.searchBox).toHaveValue("acme.test");
  const emails = await teamPage.rows.getByRole("cell", { name: /@acme\.test/ }).allTextContents();
  expect(emails.length).toBeGreaterThan(1);
  expect(emails).toEqual([...emails].sort().reverse());

  await teamPage.searchBox.fill("liam.chen");
  await page.waitForURL((url) => url.searchParams.get("q") === "liam.chen");
  const download = page.waitForEvent("download");
  await teamPage.exportLink.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("team-members.csv");
  const csv = fs.readFileSync(await file.path(), "utf8");
  expect(csv).toBe("\uFEFFName,Email,Role,Status,Two-factor\r\nLiam Chen,liam.chen@acme.test,Agent,Active,Off\r\n");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form and the sort buttons still work", async ({ page, teamPage }) => {
    await teamPage.goto();
    await teamPage.searchBox.fill("liam");
    await teamPage.filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]q=liam/);
    await expect(teamPage.rows).toHaveCount(1);
    await teamPage.sortButton("Name").click();
    await expect(teamPage.columnHeader("Name")).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/q=liam/);
  });
});
