// Roles & Permissions: search and sort through the URL, rendered on the server, so both work
// with scripts turned off; the sort buttons sit in the column headers and set aria-sort; axe at both widths.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, test } from "./fixtures";

test.use({ ...asAccount("owner"), javaScriptEnabled: false, viewport: VIEWPORTS.desktop });

test("searches and sorts the roles without JavaScript, at desktop and phone width", async ({ page, rolesPage }) => {
  await rolesPage.goto();
  await rolesPage.searchBox.fill("qa");
  await rolesPage.searchBox.press("Enter");
  await expect(page).toHaveURL(/[?&]q=qa/);
  const found = (await rolesPage.listed()).map((r) => r.name);
  expect(found).toContain("QA Lead");
  expect(found).not.toContain("Agent");
  await rolesPage.searchBox.fill("no such role");
  await rolesPage.searchBox.press("Enter");
  await expect(rolesPage.table.getByText("No roles match “no such role”.")).toBeVisible();

  await rolesPage.goto();
  await rolesPage.sortButton("Members").click();
  await expect(rolesPage.columnHeader("Members")).toHaveAttribute("aria-sort", "ascending");
  const ascending = (await rolesPage.listed()).map((r) => r.members);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await rolesPage.sortButton("Members").click();
  await expect(rolesPage.columnHeader("Members")).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/[?&]sort=-members/);
  // Each order on its own terms: other workers add roles to the demo organisation between loads.
  const descending = (await rolesPage.listed()).map((r) => r.members);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await expect(rolesPage.columnHeader("Role")).not.toHaveAttribute("aria-sort");

  await rolesPage.sortButton("Role").click();
  const names = (await rolesPage.listed()).map((r) => r.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" })));

  // On a phone the header row is hidden by the card layout: the search form offers the orders.
  await page.setViewportSize(VIEWPORTS.phone);
  await rolesPage.search.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Last edited (descending)" });
  await rolesPage.search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]sort=-edited/);
  await expect(rolesPage.columnHeader("Last edited")).toHaveAttribute("aria-sort", "descending");
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the sorted and searched lists have no axe violations at either width", async ({ page, rolesPage, teamPage }) => {
    for (const viewport of Object.values(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.goto("/settings/roles?q=a&sort=-members");
      await expect(rolesPage.columnHeader("Members")).toHaveAttribute("aria-sort", "descending");
      await expectNoViolations(page);
      await page.goto("/settings/team?q=acme&sort=-email");
      await expect(teamPage.columnHeader("Email")).toHaveAttribute("aria-sort", "descending");
      await expectNoViolations(page);
    }
  });
});
