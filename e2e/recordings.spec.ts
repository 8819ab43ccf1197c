// Recordings & Transcripts: find a call by what was said, play it with the transcript beside
// it, download audio and transcript, delete with confirmation and an audit entry; what a
// member without the toggles gets; another organisation's recordings; axe on each screen.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { AuditLogPage } from "./pages/audit-log-page";

const table = (page: Page) => page.getByRole("table", { name: "Call recordings" });
const callLinks = (page: Page) => table(page).getByRole("link", { name: /^Call (from|to) / });
const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

async function searchTranscripts(page: Page, words: string) {
  await page.getByRole("searchbox", { name: "Search transcripts" }).fill(words);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === words);
}

/** Opens the first recording the search finds and returns its page's path. */
async function openFirst(page: Page, words: string) {
  await page.goto("/recordings");
  await searchTranscripts(page, words);
  await callLinks(page).first().click();
  await page.waitForURL(/\/recordings\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("finds a call by what was said, plays it beside its transcript, and downloads both files", async ({ page }) => {
    await page.goto("/recordings");
    await expect(page.getByRole("heading", { level: 1, name: "Recordings" })).toBeVisible();
    await searchTranscripts(page, "duplicate charge");
    await expect(table(page).getByRole("row").nth(1)).toContainText("duplicate charge");

    await callLinks(page).first().click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript.getByRole("listitem").first()).toBeVisible();
    await expect(transcript).toContainText("duplicate charge");

    // The browser decodes the WAV the audio route serves.
    const player = page.getByRole("region", { name: "Listen" }).locator("audio");
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 15_000 }).toBeGreaterThan(2);
    await transcript.getByRole("button", { name: /^Play from / }).nth(1).click();
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.5);

    const audio = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download audio" }).click();
    const wav = await audio;
    expect(wav.suggestedFilename()).toMatch(/^call-\d{4}-\d{2}-\d{2}-\d{4}-(inbound|outbound)-\d+\.wav$/);
    expect(fs.readFileSync((await wav.path())!).subarray(0, 4).toString("ascii")).toBe("RIFF");

    const text = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download transcript" }).click();
    const txt = await text;
    expect(txt.suggestedFilename()).toMatch(/\.txt$/);
    expect(fs.readFileSync((await txt.path())!, "utf8")).toContain("duplicate charge");
  });

  test("deletes the oldest recording after confirming, and the audit log names it", async ({ page }) => {
    await page.goto("/recordings");
    const pages = Number((await page.getByRole("navigation", { name: "Pagination" }).textContent())!.match(/of (\d+)/)![1]);
    await page.goto(`/recordings?page=${pages}`);
    const oldest = callLinks(page).last();
    const title = (await oldest.textContent())!.trim();
    await oldest.click();
    await page.waitForURL(/\/recordings\/[0-9a-f-]{36}$/);
    const path = new URL(page.url()).pathname;

    await page.getByRole("button", { name: "Delete recording" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete this recording?" });
    await expect(dialog).toContainText("can’t be undone");
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole("button", { name: "Delete recording" }).click();
    await dialog.getByRole("button", { name: "Delete recording" }).click();
    await page.waitForURL(/\/recordings$/);
    await expect(status(page, "Recording deleted.")).toBeVisible();
    expect((await page.goto(path))!.status()).toBe(404);

    await page.goto("/settings/audit-log");
    // Filtered, not "the newest entry": another worker's change can land in between.
    await expect(new AuditLogPage(page).event(`deleted the recording “${title} on`)).toHaveCount(1);
  });

  test("the list, a recording and the filters are accessible, at desktop and phone width", async ({ page }) => {
    await page.goto("/recordings?from=2025-03-10&to=2025-03-01");
    await expect(page.getByText("The end date is before the start date.")).toBeVisible();
    await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription(/The end date is before the start date/);
    await expectNoViolations(page);
    await openFirst(page, "refund");
    await expectNoViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoViolations(page);
    await page.goto("/recordings");
    await expectNoViolations(page);
  });
});

test.describe("as an Agent (Listen to recordings only)", () => {
  test.use(asAccount("agent"));

  test("listens, but download and delete are unavailable with a reason and refused by the server", async ({ page }) => {
    const path = await openFirst(page, "help");
    await expect(page.getByRole("region", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
    expect((await page.request.get(`${path}/audio`)).status()).toBe(200);

    await expect(page.getByRole("link", { name: "Download audio" })).toHaveCount(0);
    const download = page.getByRole("button", { name: "Download audio" });
    await expect(download).toBeDisabled();
    await expect(download).toHaveAccessibleDescription("Downloading needs the Download files permission.");
    const remove = page.getByRole("button", { name: "Delete recording" });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription("Deleting needs the Delete recordings permission.");
    expect((await page.request.get(`${path}/download`)).status()).toBe(403);
    await expectNoViolations(page);
  });
});

test.describe("another organisation", () => {
  test("cannot reach Acme's recordings, even as Owner", async ({ openAs }) => {
    const acme = await openAs("owner");
    const path = await openFirst(acme.page, "help");
    const bolt = await openAs("boltOwner");
    expect((await bolt.page.request.get(`${path}/audio`)).status()).toBe(404);
    expect((await bolt.page.request.get(`${path}/download`)).status()).toBe(404);
    expect((await bolt.page.goto(path))!.status()).toBe(404);
  });
});
