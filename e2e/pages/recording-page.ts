import type { Page } from "@playwright/test";

/** One recording: the player, the transcript beside it, downloads and delete. */
export class RecordingPage {
  constructor(readonly page: Page) {}

  get transcript() {
    return this.page.getByRole("region", { name: "Transcript" });
  }

  /** What was said on a transcript line (0: the first), without who said it. */
  async said(line: number) {
    const text = (await this.transcript.getByRole("listitem").nth(line).getByRole("paragraph").textContent())!;
    return text.slice(text.indexOf(":") + 1).trim();
  }

  get player() {
    return this.page.getByRole("region", { name: "Listen" }).locator("audio");
  }

  /** The transcript line's button that plays the recording from there (0: the first line). */
  playFrom(line: number) {
    return this.transcript.getByRole("button", { name: /^Play from / }).nth(line);
  }

  get downloadAudioLink() {
    return this.page.getByRole("link", { name: "Download audio" });
  }

  /** Shown instead of the link, disabled, to a member who may not download. */
  get downloadAudioButton() {
    return this.page.getByRole("button", { name: "Download audio" });
  }

  get downloadTranscriptLink() {
    return this.page.getByRole("link", { name: "Download transcript" });
  }

  get deleteButton() {
    return this.page.getByRole("button", { name: "Delete recording" });
  }

  /** Opens the delete confirmation, not yet confirmed. */
  async startDelete() {
    await this.deleteButton.click();
    return this.page.getByRole("alertdialog", { name: "Delete this recording?" });
  }
}
