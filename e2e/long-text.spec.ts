// A role with the longest name and an unbroken 200-character description (a URL): it wraps
// where it is shown, and widens neither the roles table nor Team Members' role dropdowns.
import { VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, test } from "./fixtures";
import { expectNoSideScroll, expectWithinWidth } from "./layout";

test.use(inFreshOrganization());

const NAME = `Regional${"W".repeat(42)}`;
const DESCRIPTION = `https://example.com/${"a".repeat(180)}`;

test("a long role name and description wrap on every screen width", async ({ page, roleForm, rolesPage, teamPage }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await roleForm.create(NAME, ["View members"], DESCRIPTION);
  await expectNoSideScroll(page);

  await rolesPage.goto();
  await expectNoSideScroll(page);
  for (const column of ["Members", "Last edited", "Review"]) await expectWithinWidth(rolesPage.table.getByRole("columnheader", { name: column }));
  await expectWithinWidth(rolesPage.duplicateLink(NAME));
  await expectWithinWidth(rolesPage.roleRow(NAME).getByRole("link", { name: `Review ${NAME}` }));

  await teamPage.goto();
  const search = (await teamPage.searchBox.boundingBox())!;
  const filter = (await teamPage.roleFilter.boundingBox())!;
  // The role filter keeps a sensible width and stays on the search box's row.
  expect(filter.width).toBeLessThanOrEqual(24 * 16);
  expect(Math.abs(filter.y + filter.height - (search.y + search.height))).toBeLessThanOrEqual(2);
  const invite = page.getByRole("combobox", { name: "Role", exact: true });
  expect((await invite.boundingBox())!.width).toBeLessThanOrEqual(24 * 16);
  await expectNoSideScroll(page);

  await page.setViewportSize(VIEWPORTS.phone);
  for (const open of [() => rolesPage.goto(), () => teamPage.goto()]) {
    await open();
    await expectNoSideScroll(page);
  }
  await rolesPage.goto();
  await expectWithinWidth(rolesPage.duplicateLink(NAME));
  await rolesPage.openRole(NAME);
  await expectNoSideScroll(page);
});
