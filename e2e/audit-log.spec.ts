// The audit log in an organisation of its own: cursor pages Older and back Newer, the Actor and
// Target searches and a filter by kind of change kept in the URL (a malformed one explained), the
// CSV export of that filtered view, axe at both widths, and the retention each plan allows.
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

  // Actor by email (matched on the server), kept by the cursor pages; Target narrows it and starts again at the newest.
  await auditLog.actorSearch.fill(qaOrg.owner.email);
  await page.waitForURL((url) => url.searchParams.get("by") === qaOrg.owner.email);
  await expect(auditLog.rows).toHaveCount(50);
  await auditLog.pagerLink("Older").click();
  await page.waitForURL((url) => url.searchParams.has("before") && url.searchParams.get("by") === qaOrg.owner.email);
  await expect(auditLog.rows).toHaveCount(12);
  await auditLog.targetSearch.fill("+1 555 1059");
  await page.waitForURL((url) => url.searchParams.get("about") === "+1 555 1059" && !url.searchParams.has("before"));
  await expect(auditLog.rows).toHaveCount(1);
  await auditLog.actorSearch.fill(qaOrg.agents[0].name);
  await page.waitForURL((url) => url.searchParams.get("by") === qaOrg.agents[0].name);
  await expect(auditLog.rows).toHaveText(["No changes match."]);

  // A link naming the actor exactly is shown, kept, and removable.
  await page.goto(`/settings/audit-log?actor=${qaOrg.owner.id}`);
  await expect(auditLog.filters).toContainText(`Changes by ${qaOrg.owner.name}`);
  await expect(auditLog.rows).toHaveCount(50);
  await auditLog.removeExact("actor").click();
  await page.waitForURL((url) => !url.searchParams.has("actor"));

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

test("on Business, keeps entries forever by default and offers every period", async ({ auditLog }) => {
  await auditLog.goto();
  await expect(auditLog.retention).toContainText("Business keeps audit entries as long as you like");
  await expect(auditLog.retentionChoice.getByRole("option").first()).toHaveText("Forever (plan default)");
  await expect(auditLog.retentionChoice.getByRole("option", { name: "7 years" })).toHaveCount(1);
});

test.describe("on Starter", () => {
  test.use(inFreshOrganization({ plan: "starter", agents: 0 }));

  test("offers only the periods Starter allows, says what upgrading keeps, and the server refuses a longer one", async ({ page, auditLog }) => {
    await auditLog.goto();
    await expect(auditLog.retention).toContainText("Starter keeps audit entries for up to 1 year. Upgrading to Pro keeps them for 2 years.");
    await expect(auditLog.retention).toContainText("a longer period is shortened to that plan's maximum");
    await expect(auditLog.retentionChoice.getByRole("option")).toHaveText(["1 year (plan default)", "30 days", "90 days", "180 days"]);

    await auditLog.retentionChoice.selectOption({ label: "90 days" });
    await auditLog.saveRetention.click();
    await expect(auditLog.retentionStatus).toHaveText("Saved. Audit entries are kept for 90 days.");

    // A period the form does not offer, posted anyway, is refused by the server.
    await auditLog.retentionChoice.evaluate((select: HTMLSelectElement) => {
      select.add(new Option("2 years", "730"));
      select.value = "730";
    });
    await auditLog.saveRetention.click();
    await expect(auditLog.retentionStatus).toHaveText(
      "Starter keeps audit entries for at most 1 year. Choose a shorter period, or upgrade to keep them longer.",
    );
    await page.reload();
    await expect(auditLog.retention).toContainText("Entries are kept for 90 days");
  });
});
