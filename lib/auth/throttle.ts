// Repeated wrong passwords are slowed, then locked for a while, so that a guesser gets few
// tries, without handing anyone a way to lock a member out:
// - one account at one address (the person mistyping, or someone guessing from there) is slowed
//   and then locked: a lock that only the guesser's own address meets;
// - one account from every address together is slowed, then closed to addresses the member has
//   never signed in from; the member's own addresses still get in (member_sign_in_addresses);
// - one address across every account (spraying) is slowed, then locked.
// Unknown emails are counted like real ones, so neither the delay nor the lock tells anyone
// whether an account exists. Counts live in the database: every app server sees them.
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { memberSignInAddresses, signInThrottles } from "@/db/schema";

const MINUTE = 60_000;

export const THROTTLE = {
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  pair: { slowAfter: 3, lockAfter: 5 },
  // Locks only addresses the member has not signed in from in the last knownAddressDays.
  account: { slowAfter: 10, lockAfter: 20 },
  // One address may mistype for several people (an office behind one NAT): a higher bar.
  address: { slowAfter: 10, lockAfter: 50 },
  knownAddressDays: 90,
  maxDelayMs: 2_000,
} as const;

export class SignInLockedError extends Error {
  constructor() {
    super("Too many sign-in attempts.");
  }
}

/**
 * No address (a password change, from a signed-in session): the account's attempts there are
 * counted on their own, like one more address, and the session stands for a known address.
 */
export type ThrottleKeys = { account: string; pair: string; address: string | null; clientAddress: string | null; memberId: string | null };

export function throttleKeys(email: string, address: string | null, memberId: string | null = null): ThrottleKeys {
  const account = email.trim().toLowerCase();
  return {
    account: `account:${account}`,
    pair: `pair:${account} ${address ?? "session"}`,
    address: address ? `address:${address}` : null,
    clientAddress: address,
    memberId,
  };
}

const keysOf = (keys: ThrottleKeys) => [keys.pair, keys.account, ...(keys.address ? [keys.address] : [])];

const limitsOf = (keys: ThrottleKeys, key: string) => (key === keys.pair ? THROTTLE.pair : key === keys.account ? THROTTLE.account : THROTTLE.address);

// Where the address comes from (and which proxies are believed) is lib/client-address.ts's call.
export { clientAddress } from "@/lib/client-address";

const delayFor = (failures: number, slowAfter: number) => (failures < slowAfter ? 0 : Math.min(THROTTLE.maxDelayMs, 250 * 2 ** (failures - slowAfter)));

const NO_MEMBER = "00000000-0000-0000-0000-000000000000";

/** Whether the member signed in from this address lately. Asked for unknown emails too: same cost. */
async function knownAddress(db: Db, keys: ThrottleKeys, now: Date) {
  if (!keys.clientAddress) return true;
  const since = new Date(now.getTime() - THROTTLE.knownAddressDays * 24 * 60 * MINUTE);
  const [row] = await db
    .select({ address: memberSignInAddresses.address })
    .from(memberSignInAddresses)
    .where(
      and(
        eq(memberSignInAddresses.memberId, keys.memberId ?? NO_MEMBER),
        eq(memberSignInAddresses.address, keys.clientAddress),
        gt(memberSignInAddresses.lastSignedInAt, since),
      ),
    )
    .limit(1);
  return Boolean(row && keys.memberId);
}

/** Before checking a password: refuse while locked; otherwise how long to wait first. */
export async function signInDelay(db: Db, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const [rows, known] = await Promise.all([
    db
      .select()
      .from(signInThrottles)
      .where(inArray(signInThrottles.key, keysOf(keys))),
    knownAddress(db, keys, now),
  ]);
  let delay = 0;
  for (const row of rows) {
    // Guesses from elsewhere neither slow nor stop the member at an address of their own.
    if (row.key === keys.account && known) continue;
    if (row.lockedUntil && row.lockedUntil > now) throw new SignInLockedError();
    if (now.getTime() - row.windowStartedAt.getTime() > THROTTLE.windowMs) continue;
    delay = Math.max(delay, delayFor(row.failures, limitsOf(keys, row.key).slowAfter));
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
  for (const key of keysOf(keys)) await countFailure(db, key, limitsOf(keys, key).lockAfter, now);
}

/**
 * A right password clears the count of the account at this address, and remembers the address
 * as the member's. The account's count from everywhere stays: signing in must not reset an
 * attack spread over other addresses.
 */
export async function recordSignInSuccess(db: Db, keys: ThrottleKeys, now = new Date()) {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, keys.pair));
  if (!keys.memberId || !keys.clientAddress) return;
  await db
    .insert(memberSignInAddresses)
    .values({ memberId: keys.memberId, address: keys.clientAddress, lastSignedInAt: now })
    .onConflictDoUpdate({ target: [memberSignInAddresses.memberId, memberSignInAddresses.address], set: { lastSignedInAt: now } });
}

/**
 * After a password reset: the wrong guesses counted against the account (everywhere, and at the
 * resetting address) were guesses at a password that no longer exists, and whoever reset it
 * proved they hold the mailbox. Other addresses' locks and the per-address counts stay.
 */
export async function clearAccountThrottle(db: Db, keys: ThrottleKeys) {
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, [keys.pair, keys.account]));
}
