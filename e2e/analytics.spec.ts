// Analytics & Reporting: the dashboards for a chosen period, what each stats toggle adds, the
// streamed CSV export with its progress, what a member without the toggles sees; axe on each.
import fs from "node:fs";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, test } from "./fixtures";

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("switches the period and reads own figures, organisation totals and each member's figures", async ({ analyticsPage }) => {
    await analyticsPage.goto();
    await expect(analyticsPage.heading).toBeVisible();
    await expect(analyticsPage.periodLink("Last 30 days")).toHaveAttribute("aria-current", "page");

    await analyticsPage.choosePeriod("Last 7 days", 7);
    await expect(analyticsPage.periodLink("Last 7 days")).toHaveAttribute("aria-current", "page");
    await expect(analyticsPage.section("Your figures")).toBeVisible();

    const totals = analyticsPage.section("Acme Support totals");
    for (const chart of ["Calls", "Missed calls", "Average handle time"]) {
      await expect(totals.getByRole("img", { name: new RegExp(`^${chart}: `) })).toBeVisible();
    }
    // Each chart's values are also a table, for screen readers.
    await expect(totals.getByRole("table", { name: "Calls, per day", exact: true }).getByRole("row")).toHaveCount(8);
    const calls = Number((await totals.getByRole("definition").first().textContent())!.replace(/\D/g, ""));
    expect(calls).toBeGreaterThan(50);

    const byMember = analyticsPage.byMember.getByRole("table", { name: "Calls by member" });
    await expect(byMember.getByRole("columnheader")).toHaveText(["Member", "Calls", "Answered", "Missed", "Voicemail", "Answer rate", "Avg handle time"]);
    await expect(byMember.getByRole("rowheader", { name: "Alex Agent" })).toBeVisible();

    await analyticsPage.choosePeriod("Last 90 days", 90);
    await expect(analyticsPage.byMember.getByRole("rowheader", { name: /Morgan Price/ })).toBeVisible();
  });

  test("exports the period's calls as CSV, showing progress, and saves the file", async ({ page, analyticsPage }) => {
    await analyticsPage.goto(90);
    await page.waitForLoadState("networkidle");
    // A slow connection, so the export takes long enough to watch it progress.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: 60 * 1024, uploadThroughput: -1 });
    // Record every progress state the page shows: on a fast run the export can finish before
    // a polling assertion would catch the running state, so the page itself keeps the log.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { exportLog: string[] }).exportLog = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress[aria-label="Export progress"]');
        const text = Array.from(document.querySelectorAll('[role="status"]'), (el) => el.textContent).join(" | ");
        seen.push(`${bar ? "bar" : "-"}|${text}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const download = page.waitForEvent("download");
    await analyticsPage.exportLink.click();
    const file = await download;
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(analyticsPage.status(/^Saved .+\.csv: [\d,]+ rows/)).toBeVisible();
    const log = await page.evaluate(() => (window as unknown as { exportLog: string[] }).exportLog);
    expect(
      log.some((entry) => /^bar\|.*Received [\d,]+ of [\d,]+ rows/.test(entry)),
      log.slice(0, 5).join("\n"),
    ).toBe(true);
    expect(file.suggestedFilename()).toMatch(/^acme-support-calls-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);

    const text = fs.readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Started at (UTC),Direction,Outcome,Member,Wait (seconds),Handle time (seconds)");
    const shown = Number((await analyticsPage.status(/^Saved/).textContent())!.match(/: ([\d,]+) rows/)![1].replace(/,/g, ""));
    expect(lines.length - 1).toBe(shown);
    expect(shown).toBeGreaterThan(2000);
    expect(lines.slice(1).some((l) => l.includes(",Alex Agent,"))).toBe(true);
  });

  test("the dashboards are accessible, at desktop and phone width", async ({ page, analyticsPage }) => {
    await analyticsPage.goto();
    await expectNoViolations(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await analyticsPage.goto(90);
    await expectNoViolations(page);
  });
});

test.describe("as an Agent (View dashboards only)", () => {
  test.use(asAccount("agent"));

  test("sees only their own figures, and cannot export", async ({ page, analyticsPage }) => {
    await analyticsPage.goto();
    await expect(analyticsPage.section("Your figures")).toBeVisible();
    await expect(analyticsPage.section("Acme Support totals")).toHaveCount(0);
    await expect(analyticsPage.byMember).toHaveCount(0);
    await expect(page.getByText("Organisation totals need the Access team-wide stats permission.")).toBeVisible();
    await expect(page.getByText("Each member's figures need the Access individual stats permission.")).toBeVisible();

    await expect(analyticsPage.exportLink).toHaveCount(0);
    const button = analyticsPage.exportButton;
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("Exporting needs the Export reports permission.");
    // The server refuses on its own, whatever the page shows.
    const response = await page.request.get("/analytics/export?period=7");
    expect(response.status()).toBe(403);
    await expectNoViolations(page);
  });
});

test.describe("as the QA Lead (View dashboards and Access individual stats, no export)", () => {
  test.use(asAccount("qa"));

  test("sees each member's figures but no organisation totals, and cannot export", async ({ page, analyticsPage }) => {
    await analyticsPage.goto();
    await expect(analyticsPage.byMember.getByRole("rowheader", { name: "Alex Agent" })).toBeVisible();
    await expect(analyticsPage.section("Acme Support totals")).toHaveCount(0);
    await expect(analyticsPage.exportButton).toBeDisabled();
    expect((await page.request.get("/analytics/export")).status()).toBe(403);
  });
});
