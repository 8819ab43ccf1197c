// Repeated wrong passwords are slowed, then locked for a while, per account and per address.
// Unknown emails are counted like real ones, so neither the delay nor the lock tells anyone
// whether an account exists. Counts live in the database: every app server sees them.
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { signInThrottles } from "@/db/schema";

const MINUTE = 60_000;

export const THROTTLE = {
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  account: { slowAfter: 3, lockAfter: 5 },
  // One address may mistype for several people (an office behind one NAT): a higher bar.
  address: { slowAfter: 10, lockAfter: 50 },
  maxDelayMs: 2_000,
} as const;

export class SignInLockedError extends Error {
  constructor() {
    super("Too many sign-in attempts.");
  }
}

/** No address (no proxy header): only the account is counted, never one shared bucket. */
export type ThrottleKeys = { account: string; address: string | null };

export function throttleKeys(email: string, address: string | null): ThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: address ? `address:${address}` : null };
}

const keysOf = (keys: ThrottleKeys) => (keys.address ? [keys.account, keys.address] : [keys.account]);

// Where the address comes from (and which proxies are believed) is lib/client-address.ts's call.
export { clientAddress } from "@/lib/client-address";

const delayFor = (failures: number, slowAfter: number) =>
  failures < slowAfter ? 0 : Math.min(THROTTLE.maxDelayMs, 250 * 2 ** (failures - slowAfter));

/** Before checking a password: refuse while locked; otherwise how long to wait first. */
export async function signInDelay(db: Db, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const rows = await db.select().from(signInThrottles).where(inArray(signInThrottles.key, keysOf(keys)));
  let delay = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) throw new SignInLockedError();
    if (now.getTime() - row.windowStartedAt.getTime() > THROTTLE.windowMs) continue;
    const limits = row.key === keys.account ? THROTTLE.account : THROTTLE.address;
    delay = Math.max(delay, delayFor(row.failures, limits.slowAfter));
  }
  return delay;
}

async function countFailure(db: Db, key: string, lockAfter: number, now: Date) {
  // Timestamps as ISO text: postgres.js does not take a Date inside a raw SQL fragment.
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const expired = sql`${signInThrottles.windowStartedAt} < ${at(now.getTime() - THROTTLE.windowMs)}`;
  const failures = sql`case when ${expired} then 1 else ${signInThrottles.failures} + 1 end`;
  const lockedUntil = now.getTime() + THROTTLE.lockMs;
  // One statement per key: parallel attempts on several servers all count.
  await db
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: lockAfter <= 1 ? new Date(lockedUntil) : null })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${expired} then ${at(now.getTime())} else ${signInThrottles.windowStartedAt} end`,
        lockedUntil: sql`case when ${failures} >= ${lockAfter} then ${at(lockedUntil)} else ${signInThrottles.lockedUntil} end`,
      },
    });
}

export async function recordSignInFailure(db: Db, keys: ThrottleKeys, now = new Date()) {
  await countFailure(db, keys.account, THROTTLE.account.lockAfter, now);
  if (keys.address) await countFailure(db, keys.address, THROTTLE.address.lockAfter, now);
}

/** A right password clears the account's count; the address keeps its own. */
export async function recordSignInSuccess(db: Db, keys: ThrottleKeys) {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, keys.account));
}
