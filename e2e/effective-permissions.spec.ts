// "What can Quinn do, and why?": the member page lists each permission with the role that
// grants it and what the plan does; "Preview as this member" shows their navigation, read-only.
import { QA_LEAD } from "./demo-data";
import { asAccount, expect, test } from "./fixtures";

const QA_LEAD_PERMISSIONS = ["View members", "View dashboards", "Access individual stats", "Listen to recordings", "Download files"];

test.describe("as an Owner", () => {
  test.use(asAccount("owner"));

  test("lists Quinn's permissions, each granted by QA Lead, and previews Quinn's navigation", async ({ page, teamPage, shell }) => {
    await teamPage.goto(`?q=Quinn`);
    await teamPage.openMember(QA_LEAD.name);
    const section = page.getByRole("region", { name: "Effective permissions" });
    await expect(section).toContainText(`${QA_LEAD.name} holds 5 permissions through the ${QA_LEAD.role} role.`);
    const table = section.getByRole("table", { name: `Effective permissions of ${QA_LEAD.name}` });
    await expect(table.getByRole("rowheader")).toHaveText(QA_LEAD_PERMISSIONS.map((label) => new RegExp(`^${label}`)));
    for (const label of QA_LEAD_PERMISSIONS) {
      await expect(table.getByRole("row", { name: new RegExp(`^${label}`) }).getByRole("cell")).toHaveText([QA_LEAD.role, "No effect"]);
    }

    await section.getByRole("link", { name: "Preview as this member" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Preview as ${QA_LEAD.name}` })).toBeVisible();
    const preview = page.getByRole("navigation", { name: `Navigation ${QA_LEAD.name} would see` });
    await expect(preview.getByRole("listitem")).toHaveText(["Overview", "Analytics", "Recordings", "Team Members", "Help"]);
    await expect(page.getByRole("region", { name: `What ${QA_LEAD.name} can do` }).getByRole("listitem")).toHaveText(QA_LEAD_PERMISSIONS);
    // Nothing changed: the Owner's own navigation is the Owner's.
    await expect(shell.nav.getByRole("link", { name: "Billing" })).toBeVisible();
  });

  test("an unknown member's preview is not found", async ({ page }) => {
    expect((await page.goto("/settings/team/00000000-0000-4000-8000-000000000000/preview"))?.status()).toBe(404);
    expect((await page.goto("/settings/team/not-an-id/preview"))?.status()).toBe(404);
  });
});

test.describe("as an Agent", () => {
  test.use(asAccount("agent"));

  test("sees no effective permissions and is refused the preview", async ({ page, teamPage }) => {
    await teamPage.goto(`?q=Quinn`);
    await teamPage.openMember(QA_LEAD.name);
    await expect(page.getByRole("region", { name: "Effective permissions" })).toHaveCount(0);
    const memberUrl = new URL(page.url()).pathname;
    expect((await page.goto(`${memberUrl}/preview`))?.status()).toBe(403);
  });
});
