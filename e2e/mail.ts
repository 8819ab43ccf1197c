// Reads what the app sent through real SMTP to the sink beside it (scripts/mail-sink.ts).
import { expect } from "@playwright/test";
import type { ReceivedEmail } from "@/test/smtp-sink";

const sinkUrl = () => {
  const url = process.env.MAIL_SINK_URL;
  if (!url) throw new Error("MAIL_SINK_URL is not set: mail tests need the sink that playwright.config.ts starts.");
  return url;
};

async function emailsTo(address: string): Promise<ReceivedEmail[]> {
  const response = await fetch(`${sinkUrl()}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as ReceivedEmail[];
}

/** The first email to `address` whose subject matches, waiting for the app's worker to send it. */
export async function waitForEmail(address: string, subject: RegExp): Promise<ReceivedEmail> {
  let found: ReceivedEmail | undefined;
  await expect
    .poll(async () => (found = (await emailsTo(address)).find((m) => subject.test(m.subject))), {
      timeout: 20_000,
      message: `an email to ${address} matching ${subject}`,
    })
    .toBeTruthy();
  return found!;
}

/** The first `count` emails to `address` whose subject matches, in the order they arrived. */
export async function waitForEmails(address: string, subject: RegExp, count: number): Promise<ReceivedEmail[]> {
  let found: ReceivedEmail[] = [];
  await expect
    .poll(async () => (found = (await emailsTo(address)).filter((m) => subject.test(m.subject))).length, {
      timeout: 20_000,
      message: `${count} emails to ${address} matching ${subject}`,
    })
    .toBeGreaterThanOrEqual(count);
  return found.sort((a, b) => a.receivedAt - b.receivedAt).slice(0, count);
}

/** The app link in an email's plain text whose path matches, as a person would click it. */
export function linkIn(email: ReceivedEmail, path: RegExp): string {
  const link = email.text
    .match(/https?:\/\/\S+/g)
    ?.map((raw) => raw.replace(/[\])>.,]+$/, ""))
    .find((url) => path.test(new URL(url).pathname));
  if (!link) throw new Error(`No link matching ${path} in “${email.subject}”:\n${email.text}`);
  return link;
}
