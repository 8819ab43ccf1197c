import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { EmailLayout, Paragraph } from "./layout";
import { queueEmail, type EmailMessage } from "./outbox";
import { smtpTransport } from "./transport";
import { deliverDue, MAX_ATTEMPTS, RETRY_DELAYS_MS } from "./worker";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

const message = (subject: string): EmailMessage => ({
  kind: "test",
  subject,
  body: (
    <EmailLayout preview={subject} orgName="Outbox Ltd" heading={subject} reason="Sent by a test.">
      <Paragraph>Body of {subject}</Paragraph>
    </EmailLayout>
  ),
});

const rowOf = async (id: string) => (await db.select().from(emails).where(eq(emails.id, id)))[0];
const arrivals = (subject: string) => sink.received.filter((m) => m.subject === subject).length;

describe("the email outbox", () => {
  it("sends only what a committed transaction queued, as HTML and plain text", async () => {
    const org = await makeOrg(db);
    await expect(
      db.transaction(async (tx) => {
        await queueEmail(tx, { orgId: org.org.id, to: "gone@example.test", message: message("Rolled back") });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const id = await db.transaction((tx) => queueEmail(tx, { orgId: org.org.id, to: "kept@example.test", message: message("Committed") }));

    expect(await deliverDue(db, smtpTransport(sink.url))).toMatchObject({ sent: 1 });
    const email = await sink.waitFor((m) => m.subject === "Committed");
    expect(email.to).toBe("kept@example.test");
    expect(email.text).toContain("Body of Committed");
    expect(email.html).toContain('lang="en"');
    expect(email.html).not.toMatch(/<img/i);
    expect(email.messageId).toBe(`<${id}@switchboard.localhost>`);
    expect(arrivals("Rolled back")).toBe(0);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null });
  });

  it("keeps an email through an SMTP outage and delivers it exactly once when SMTP returns", async () => {
    const id = await db.transaction((tx) => queueEmail(tx, { orgId: null, to: "outage@example.test", message: message("Through the outage") }));
    const down = await startSmtpSink();
    const downUrl = down.url;
    await down.stop();

    const now = new Date();
    expect(await deliverDue(db, smtpTransport(downUrl), { now })).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await rowOf(id);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[0]);
    // Not due yet: nothing is tried again before the backoff ends.
    expect(await deliverDue(db, smtpTransport(sink.url), { now })).toMatchObject({ sent: 0, retrying: 0 });

    const later = new Date(now.getTime() + RETRY_DELAYS_MS[0]);
    expect(await deliverDue(db, smtpTransport(sink.url), { now: later })).toMatchObject({ sent: 1 });
    expect(await deliverDue(db, smtpTransport(sink.url), { now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ sent: 0 });
    await sink.waitFor((m) => m.subject === "Through the outage");
    expect(arrivals("Through the outage")).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives up after the last attempt and says why", async () => {
    const id = await db.transaction((tx) => queueEmail(tx, { orgId: null, to: "never@example.test", message: message("Never arrives") }));
    const failing = { name: "smtp" as const, send: () => Promise.reject(new Error("550 mailbox unavailable")) };
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDue(db, failing, { now: new Date(now) });
      now += RETRY_DELAYS_MS[attempt - 1] ?? 0;
    }
    expect(await rowOf(id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "550 mailbox unavailable" });
    expect(await deliverDue(db, smtpTransport(sink.url), { now: new Date(now + 86_400_000) })).toMatchObject({ sent: 0 });
  });

  it("lets several workers run at once and sends each email once", async () => {
    const subjects = Array.from({ length: 12 }, (_, i) => `Parallel ${i}`);
    await db.transaction(async (tx) => {
      for (const subject of subjects) await queueEmail(tx, { orgId: null, to: "many@example.test", message: message(subject) });
    });
    const transport = smtpTransport(sink.url);
    const results = await Promise.all([1, 2, 3].map(() => deliverDue(db, transport, { limit: 5 })));
    const again = await deliverDue(db, transport, { limit: 20 });
    expect(results.reduce((sum, r) => sum + r.sent, 0) + again.sent).toBe(subjects.length);
    for (const subject of subjects) await sink.waitFor((m) => m.subject === subject);
    expect(subjects.map(arrivals)).toEqual(subjects.map(() => 1));
  });

  it("takes over an email whose worker died mid-send once its lease ends, and ignores the late worker", async () => {
    const id = await db.transaction((tx) => queueEmail(tx, { orgId: null, to: "lease@example.test", message: message("Lease") }));
    const now = new Date();
    let release!: () => void;
    const stuck = { name: "smtp" as const, send: () => new Promise<void>((resolve) => (release = resolve)) };
    const first = deliverDue(db, stuck, { now });
    await expect.poll(async () => (await rowOf(id)).lockedUntil).not.toBeNull();
    // Within the lease nobody else takes it; after it, another worker does.
    expect(await deliverDue(db, smtpTransport(sink.url), { now })).toMatchObject({ sent: 0 });
    expect(await deliverDue(db, smtpTransport(sink.url), { now: new Date(now.getTime() + 3 * 60_000) })).toMatchObject({ sent: 1 });
    release();
    await first;
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2 });
  });
});
