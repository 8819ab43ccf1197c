// The audit log in an organisation of its own: cursor pages Older and back Newer, a filter by
// kind of change kept in the URL (a malformed one explained), the CSV export of that filtered view, and axe at both widths.
import fs from "node:fs";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, test } from "./fixtures";
import { expectNoSideScroll } from "./layout";

// 60 purchases, the organisation's creation and its QA API key: pages of 50 and 12.
test.use(inFreshOrganization({ agents: 1, auditEntries: 60 }));

test("pages by cursor, filters by action and exports the filtered view", async ({ page, auditLog, qaOrg }) => {
  // A malformed link is explained, never an error page.
  await page.goto("/settings/audit-log?action=drop.table&from=yesterday");
  await expect(auditLog.linkProblems).toContainText("The kind of change in the link is unknown, so it was ignored.");
  await expect(auditLog.linkProblems).toContainText("The From date must be a date like 2026-01-31");

  await auditLog.goto();
  await expect(page.getByText(`Every change made in ${qaOrg.organization.name}`)).toBeVisible();
  await expect(auditLog.rows).toHaveCount(50);
  await expect(auditLog.pagerLink("Newer")).toHaveCount(0);
  await expectNoViolations(page);

  await auditLog.pagerLink("Older").click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(auditLog.rows).toHaveCount(12);
  await expect(auditLog.event("purchased the number “+1 555 1059”")).toHaveCount(1);
  await expect(auditLog.pagerLink("Older")).toHaveCount(0);
  await auditLog.pagerLink("Newer").click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(auditLog.rows).toHaveCount(50);
  await expect(auditLog.pagerLink("Newer")).toHaveCount(0);

  await auditLog.actionFilter.selectOption({ label: "Organisation created" });
  await page.waitForURL((url) => url.searchParams.get("action") === "org.created");
  await expect(auditLog.rows).toHaveCount(1);
  await expect(auditLog.event(`created the organisation “${qaOrg.organization.name}”`)).toHaveCount(1);

  const download = page.waitForEvent("download");
  await auditLog.exportLink.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("audit-log.csv");
  const lines = fs
    .readFileSync(await file.path(), "utf8")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`Olivia Owner,org.created,${qaOrg.organization.name}`);

  await page.setViewportSize(VIEWPORTS.phone);
  await expectNoSideScroll(page);
  await expectNoViolations(page);
});
