import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import type { Db } from "@/db";
import { queueEmail } from "./outbox";
import { smtpTransport } from "./transport";
import { deliverDue, MAX_ATTEMPTS, RETRY_DELAYS_MS } from "./worker";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

/** An invitation from an organisation named `tag`: its subject names the tag. */
const queue = (tx: Db, orgId: string | null, to: string, tag: string) =>
  queueEmail(tx, {
    orgId,
    to,
    kind: "invitation",
    data: { orgName: tag, inviterName: "Tess Tester", roleName: "Agent", link: "http://localhost:3000/invite/abc", expiresAt: "2030-01-01T00:00:00.000Z" },
  });
const subjectOf = (tag: string) => `Tess Tester invited you to join ${tag} on Switchboard`;

const rowOf = async (id: string) => (await db.select().from(emails).where(eq(emails.id, id)))[0];
const arrivals = (tag: string) => sink.received.filter((m) => m.subject === subjectOf(tag)).length;

describe("the email outbox", () => {
  it("sends only what a committed transaction queued, as HTML and plain text", async () => {
    const org = await makeOrg(db);
    await expect(
      db.transaction(async (tx) => {
        await queue(tx, org.org.id, "gone@example.test", "Rolled back");
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const id = await db.transaction((tx) => queue(tx, org.org.id, "kept@example.test", "Committed"));

    expect(await deliverDue(db, smtpTransport(sink.url))).toMatchObject({ sent: 1 });
    const email = await sink.waitFor((m) => m.subject === subjectOf("Committed"));
    expect(email.to).toBe("kept@example.test");
    expect(email.text).toContain("as Agent");
    expect(email.text).toContain("http://localhost:3000/invite/abc");
    expect(email.html).toContain('lang="en"');
    expect(email.html).not.toMatch(/<img/i);
    expect(email.messageId).toBe(`<${id}@switchboard.localhost>`);
    expect(arrivals("Rolled back")).toBe(0);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, subject: subjectOf("Committed") });
    expect((await rowOf(id)).text).toContain("as Agent");
  });

  it("keeps an email through an SMTP outage and delivers it exactly once when SMTP returns", async () => {
    const id = await db.transaction((tx) => queue(tx, null, "outage@example.test", "Through the outage"));
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
    await sink.waitFor((m) => m.subject === subjectOf("Through the outage"));
    expect(arrivals("Through the outage")).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives up after the last attempt and says why", async () => {
    const id = await db.transaction((tx) => queue(tx, null, "never@example.test", "Never arrives"));
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
      for (const subject of subjects) await queue(tx, null, "many@example.test", subject);
    });
    const transport = smtpTransport(sink.url);
    const results = await Promise.all([1, 2, 3].map(() => deliverDue(db, transport, { limit: 5 })));
    const again = await deliverDue(db, transport, { limit: 20 });
    expect(results.reduce((sum, r) => sum + r.sent, 0) + again.sent).toBe(subjects.length);
    for (const subject of subjects) await sink.waitFor((m) => m.subject === subjectOf(subject));
    expect(subjects.map(arrivals)).toEqual(subjects.map(() => 1));
  });

  it("sends mail someone is waiting for before notifications queued earlier", async () => {
    const notice = { orgName: "Burst", name: "Nia", changedAt: "2030-01-01T00:00:00.000Z", link: "http://localhost:3000/account" };
    await db.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) await queueEmail(tx, { orgId: null, to: `notice${i}@example.test`, kind: "password-changed", data: notice });
      await queue(tx, null, "waiting@example.test", "Waiting");
    });
    const order: string[] = [];
    const recording = { name: "smtp" as const, send: async (email: { to: string }) => void order.push(email.to) };
    while ((await deliverDue(db, recording, { limit: 2 })).sent);
    const waiting = order.indexOf("waiting@example.test");
    expect(waiting).toBeGreaterThanOrEqual(0);
    expect(order.slice(waiting).filter((to) => to.startsWith("notice"))).toHaveLength(5);
  });

  it("takes over an email whose worker died mid-send once its lease ends, and ignores the late worker", async () => {
    const id = await db.transaction((tx) => queue(tx, null, "lease@example.test", "Lease"));
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
