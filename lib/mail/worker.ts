// Sends what the outbox holds. Any number of servers may run this at once: each claims rows
// with FOR UPDATE SKIP LOCKED and a lease (db/queries/outbox.ts, shared with webhooks), so exactly
// one sends each email, and a server that dies mid-send leaves its rows to be taken over when the
// lease runs out.
import { asc } from "drizzle-orm";
import type { Db } from "@/db";
import { claimLeased, heldByClaim } from "@/db/queries/outbox";
import { emails, type Email } from "@/db/schema";
import { render } from "@react-email/components";
import { contentOf } from "./templates";
import type { MailTransport } from "./transport";

const LEASE_MS = 2 * 60_000;
/** After the nth failed attempt, wait this long; past the last, the email is failed for good. */
export const RETRY_DELAYS_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 60 * 60_000, 6 * 60 * 60_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export type Delivery = { sent: number; retrying: number; failed: number };

async function claimDue(db: Db, now: Date, limit: number): Promise<Email[]> {
  const claimed = await claimLeased(db, emails, { now, leaseMs: LEASE_MS, limit, orderBy: [asc(emails.priority), asc(emails.nextAttemptAt)] });
  // RETURNING keeps no order: send in the order claimed.
  return claimed.sort((a, b) => a.priority - b.priority || a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

const claimedBy = (email: Email) => heldByClaim(emails, email);

/** Sends up to `limit` due emails, one after another, and records each outcome. */
export async function deliverDue(db: Db, transport: MailTransport, { now = new Date(), limit = 20 } = {}): Promise<Delivery> {
  const result: Delivery = { sent: 0, retrying: 0, failed: 0 };
  for (const email of await claimDue(db, now, limit)) {
    try {
      const { body } = contentOf(email.kind, email.data);
      const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
      await transport.send({ ...email, html, text });
      await db.update(emails).set({ status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null, html, text }).where(claimedBy(email));
      result.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const gaveUp = email.attempts >= MAX_ATTEMPTS;
      const nextAttemptAt = new Date(now.getTime() + (RETRY_DELAYS_MS[email.attempts - 1] ?? 0));
      await db
        .update(emails)
        .set(gaveUp ? { status: "failed", lockedUntil: null, lastError } : { nextAttemptAt, lockedUntil: null, lastError })
        .where(claimedBy(email));
      result[gaveUp ? "failed" : "retrying"]++;
    }
  }
  return result;
}
