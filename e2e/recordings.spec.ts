// Recordings & Transcripts: find a call by what was said, play it with the transcript beside
// it, download audio and transcript, delete with confirmation and an audit entry; what a
// member without the toggles gets; another organisation's recordings; axe on each screen.
// Each test has an organisation of its own with the demo's calls (random dialogues).
import fs from "node:fs";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { expect, inFreshOrganization, test } from "./fixtures";
import { createQaOrganization } from "./qa-organization";

test.use(inFreshOrganization({ agents: 4, areas: true }));

test.describe("as the Owner", () => {
  test("finds a call by what was said, plays it beside its transcript, and downloads both files", async ({
    page,
    recordingsPage: list,
    recordingPage: recording,
  }) => {
    await list.goto();
    await expect(list.heading).toBeVisible();
    // What the caller said on the oldest call listed, found again by searching the transcripts.
    await list.callLinks.last().click();
    const said = await recording.said(1);
    await list.goto();
    await list.searchTranscripts(said);
    await expect(list.table.getByRole("row").nth(1)).toContainText(said);

    await list.callLinks.first().click();
    const transcript = recording.transcript;
    await expect(transcript.getByRole("listitem").first()).toBeVisible();
    await expect(transcript).toContainText(said);

    // The browser decodes the WAV the audio route serves.
    const player = recording.player;
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 15_000 }).toBeGreaterThan(2);
    await recording.playFrom(1).click();
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.5);

    const audio = page.waitForEvent("download");
    await recording.downloadAudioLink.click();
    const wav = await audio;
    expect(wav.suggestedFilename()).toMatch(/^call-\d{4}-\d{2}-\d{2}-\d{4}-(inbound|outbound)-\d+\.wav$/);
    expect(
      fs
        .readFileSync(await wav.path())
        .subarray(0, 4)
        .toString("ascii"),
    ).toBe("RIFF");

    const text = page.waitForEvent("download");
    await recording.downloadTranscriptLink.click();
    const txt = await text;
    expect(txt.suggestedFilename()).toMatch(/\.txt$/);
    expect(fs.readFileSync(await txt.path(), "utf8")).toContain(said);
  });

  test("deletes the oldest recording after confirming, and the audit log names it", async ({
    page,
    shell,
    recordingsPage: list,
    recordingPage: recording,
    auditLog,
  }) => {
    await list.goto();
    await list.goto(`?page=${await list.pageCount()}`);
    const oldest = list.callLinks.last();
    const title = (await oldest.textContent())!.trim();
    await oldest.click();
    await page.waitForURL(/\/recordings\/[0-9a-f-]{36}$/);
    const path = new URL(page.url()).pathname;

    const dialog = await recording.startDelete();
    await expect(dialog).toContainText("can’t be undone");
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);

    await recording.startDelete();
    await dialog.getByRole("button", { name: "Delete recording" }).click();
    await page.waitForURL(/\/recordings$/);
    await expect(shell.status("Recording deleted.")).toBeVisible();
    expect((await page.goto(path))!.status()).toBe(404);

    await auditLog.goto();
    // Filtered, not "the newest entry": another worker's change can land in between.
    await expect(auditLog.event(`deleted the recording “${title} on`)).toHaveCount(1);
  });

  test("the list, a recording and the filters are accessible, at desktop and phone width", async ({ page, recordingsPage: list }) => {
    await list.goto("?from=2025-03-10&to=2025-03-01");
    await expect(page.getByText("The end date is before the start date.")).toBeVisible();
    await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription(/The end date is before the start date/);
    await expectNoViolations(page);
    await list.openFirst();
    await expectNoViolations(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await expectNoViolations(page);
    await list.goto();
    await expectNoViolations(page);
  });
});

test.describe("as an Agent (Listen to recordings only)", () => {
  test("listens, but download and delete are unavailable with a reason and refused by the server", async ({ qaOrg, openAs }) => {
    const { page, recordingsPage, recordingPage: recording } = await openAs(qaOrg.agents[0]);
    const path = await recordingsPage.openFirst();
    await expect(recording.transcript.getByRole("listitem").first()).toBeVisible();
    expect((await page.request.get(`${path}/audio`)).status()).toBe(200);

    await expect(recording.downloadAudioLink).toHaveCount(0);
    await expect(recording.downloadAudioButton).toBeDisabled();
    await expect(recording.downloadAudioButton).toHaveAccessibleDescription("Downloading needs the Download files permission.");
    await expect(recording.deleteButton).toBeDisabled();
    await expect(recording.deleteButton).toHaveAccessibleDescription("Deleting needs the Delete recordings permission.");
    expect((await page.request.get(`${path}/download`)).status()).toBe(403);
    await expectNoViolations(page);
  });
});

test.describe("another organisation", () => {
  test("cannot reach this organisation's recordings, even as Owner", async ({ recordingsPage, openAs, request }) => {
    const path = await recordingsPage.openFirst();
    const other = await openAs((await createQaOrganization(request, { agents: 0 })).owner);
    expect((await other.page.request.get(`${path}/audio`)).status()).toBe(404);
    expect((await other.page.request.get(`${path}/download`)).status()).toBe(404);
    expect((await other.page.goto(path))!.status()).toBe(404);
  });
});
