import type { Page } from "@playwright/test";

/** Recordings & Transcripts: calls with a recording, filtered by member, dates and transcript words. */
export class RecordingsPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/recordings${query}`);
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Recordings" });
  }

  get table() {
    return this.page.getByRole("table", { name: "Call recordings" });
  }

  /** Each listed call's link to its recording ("Call from …", "Call to …"). */
  get callLinks() {
    return this.table.getByRole("link", { name: /^Call (from|to) / });
  }

  get pagination() {
    return this.page.getByRole("navigation", { name: "Pagination" });
  }

  /** How many pages the list has ("Page 1 of 7"; no pagination when all fit on one). Call once the list is shown. */
  async pageCount() {
    await this.table.waitFor();
    if ((await this.pagination.count()) === 0) return 1;
    return Number((await this.pagination.textContent())!.match(/of (\d+)/)![1]);
  }

  async searchTranscripts(words: string) {
    await this.page.getByRole("searchbox", { name: "Search transcripts" }).fill(words);
    await this.page.getByRole("button", { name: "Apply" }).click();
    await this.page.waitForURL((url) => url.searchParams.get("q") === words);
  }

  /** Opens the newest recording (of those the search finds, given words) and returns its page's path. */
  async openFirst(words?: string) {
    await this.goto();
    if (words) await this.searchTranscripts(words);
    await this.callLinks.first().click();
    await this.page.waitForURL(/\/recordings\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname;
  }
}
