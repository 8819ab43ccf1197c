// An Idempotency-Key's first answer is kept for a day: long enough for any client's retries
// (Stripe keeps them for 24 hours too), short enough that the table stays small.
import type { Db } from "@/db";
import { deleteIdempotencyKeysBefore } from "@/db/queries/api-keys";
import { runEvery } from "@/lib/jobs";

const KEEP_MS = 24 * 60 * 60 * 1000;

export function expireIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  return deleteIdempotencyKeysBefore(db, new Date(now.getTime() - KEEP_MS));
}

/** Hourly in each server; deleting what another server already deleted is harmless. */
export function startIdempotencyExpiry(db: Db) {
  runEvery("idempotency keys", 60 * 60_000, () => expireIdempotencyKeys(db));
}
