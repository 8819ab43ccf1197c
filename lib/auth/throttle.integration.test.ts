import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signInThrottles } from "@/db/schema";
import { addMember } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { checkCredentials } from "./credentials";
import { recordSignInFailure, recordSignInSuccess, SignInLockedError, signInDelay, THROTTLE, throttleKeys } from "./throttle";

const db = useFreshDatabase();
const PASSWORD = "a long enough password";
let n = 0;

async function account() {
  const { org } = await makeOrg(db, "business");
  const email = `person${++n}@throttle.test`;
  const member = await addMember(db, org.id, { name: `Person ${n}`, email, password: PASSWORD, roleKind: "agent" });
  return { email, member };
}

async function outcome(work: Promise<unknown>): Promise<"locked" | "refused" | "signed in"> {
  try {
    return (await work) ? "signed in" : "refused";
  } catch (error) {
    if (error instanceof SignInLockedError) return "locked";
    throw error;
  }
}

describe("sign-in throttling", () => {
  it("locks an account at one address after five wrong passwords, even against the right one, and an unknown email alike", async () => {
    const { email } = await account();
    const unknown = `nobody${n}@throttle.test`;
    for (const who of [email, unknown]) {
      const address = `10.0.0.${n}${who === email ? 1 : 2}`;
      const seen = [];
      for (let i = 0; i < THROTTLE.pair.lockAfter; i++) seen.push(await outcome(checkCredentials(db, { email: who, password: "wrong password" }, address)));
      expect(seen).toEqual(Array(THROTTLE.pair.lockAfter).fill("refused"));
      // Locked: the right password is refused too, and the answer is the same whether the
      // account exists or not.
      expect(await outcome(checkCredentials(db, { email: who, password: PASSWORD }, address))).toBe("locked");
    }
  });

  it("slows attempts before locking: no delay for the first few, then doubling", async () => {
    const keys = throttleKeys("slow@throttle.test", "10.1.0.1");
    const now = new Date();
    const delays = [];
    for (let i = 0; i < THROTTLE.pair.lockAfter - 1; i++) {
      delays.push(await signInDelay(db, keys, now));
      await recordSignInFailure(db, keys, now);
    }
    expect(delays).toEqual([0, 0, 0, 250]);
  });

  it("forgets failures older than the window, and lifts the lock when it ends", async () => {
    const keys = throttleKeys("later@throttle.test", "10.2.0.1");
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.pair.lockAfter; i++) await recordSignInFailure(db, keys, start);
    await expect(signInDelay(db, keys, new Date(start.getTime() + 60_000))).rejects.toBeInstanceOf(SignInLockedError);
    expect(await signInDelay(db, keys, new Date(start.getTime() + THROTTLE.lockMs + 1_000))).toBe(0);
  });

  it("a right password clears the count of the account at that address", async () => {
    const { email } = await account();
    const address = "10.3.0.1";
    for (let i = 0; i < THROTTLE.pair.lockAfter - 1; i++) await checkCredentials(db, { email, password: "wrong password" }, address);
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, address))).toBe("signed in");
    expect(await signInDelay(db, throttleKeys(email, "10.3.0.2"))).toBe(0);
    expect(await signInDelay(db, throttleKeys(email, address))).toBe(0);
  });

  it("locks an address that tries many accounts, whichever account it tries next", async () => {
    const address = "10.4.0.1";
    const now = new Date();
    for (let i = 0; i < THROTTLE.address.lockAfter; i++) await recordSignInFailure(db, throttleKeys(`spray${i}@throttle.test`, address), now);
    const { email } = await account();
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, address))).toBe("locked");
    // The same account from elsewhere is unaffected.
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, "10.4.0.2"))).toBe("signed in");
  });

  it("counts every one of many parallel failures", async () => {
    const keys = throttleKeys("parallel@throttle.test", "10.5.0.1");
    const now = new Date();
    await Promise.all(Array.from({ length: 20 }, () => recordSignInFailure(db, keys, now)));
    await expect(signInDelay(db, keys, now)).rejects.toBeInstanceOf(SignInLockedError);
    const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, keys.address!));
    expect(row?.failures).toBe(20);
  });
});

describe("an attack on one account cannot lock its member out", () => {
  it("an attacker at one address locks only that address out: the member signs in from anywhere else", async () => {
    const { email } = await account();
    for (let i = 0; i < THROTTLE.pair.lockAfter; i++) await checkCredentials(db, { email, password: "wrong password" }, "198.51.100.1");
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, "198.51.100.1"))).toBe("locked");
    // A new address, never used by the member: the account as a whole has seen too few failures to close.
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, "192.0.2.77"))).toBe("signed in");
  });

  it("an attacker spread over many addresses is slowed, then shut out of the account from every address it never signed in from", async () => {
    const { email } = await account();
    const unknown = `nobody${n}@throttle.test`;
    for (const who of [email, unknown]) {
      const now = new Date();
      const fresh = throttleKeys(who, "203.0.113.250", null);
      const delays: (number | "locked")[] = [];
      for (let i = 0; i < THROTTLE.account.lockAfter; i++) {
        delays.push(await signInDelay(db, fresh, now));
        // One guess from each address: no address, and no account at one address, reaches its own limit.
        await recordSignInFailure(db, throttleKeys(who, `203.0.113.${i + 1}`), now);
      }
      const slowAfter = THROTTLE.account.slowAfter;
      expect(delays.slice(0, slowAfter)).toEqual(Array(slowAfter).fill(0));
      expect(delays.slice(slowAfter, slowAfter + 4)).toEqual([250, 500, 1000, 2000]);
      expect(delays.at(-1)).toBe(THROTTLE.maxDelayMs);
      await expect(signInDelay(db, fresh, now)).rejects.toBeInstanceOf(SignInLockedError);
    }
    // The right password from yet another new address meets the lock, for a real account as for an unknown one.
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, "203.0.113.251"))).toBe("locked");
    expect(await outcome(checkCredentials(db, { email: unknown, password: PASSWORD }, "203.0.113.251"))).toBe("locked");
  });

  it("the member, from an address they signed in from before, still signs in during that attack, without waiting", async () => {
    const { email, member } = await account();
    const home = "192.0.2.10";
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, home))).toBe("signed in");
    const now = new Date();
    for (let i = 0; i < THROTTLE.account.lockAfter * 2; i++) await recordSignInFailure(db, throttleKeys(email, `203.0.114.${i + 1}`), now);
    expect(await signInDelay(db, throttleKeys(email, home, member.id), now)).toBe(0);
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, home))).toBe("signed in");
    // A typo at home still counts at home, as before the attack.
    expect(await outcome(checkCredentials(db, { email, password: "wrong password" }, home))).toBe("refused");
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, home))).toBe("signed in");
    // Elsewhere, the account stays closed.
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, "192.0.2.11"))).toBe("locked");
  });

  it("remembers an address for 90 days after its last successful sign-in", async () => {
    const { email, member } = await account();
    const keys = throttleKeys(email, "192.0.2.20", member.id);
    const signedIn = new Date("2026-01-01T10:00:00Z");
    await recordSignInSuccess(db, keys, signedIn);
    const attackAt = (days: number) => new Date(signedIn.getTime() + days * 24 * 60 * 60_000);
    const attack = async (days: number) => {
      for (let i = 0; i < THROTTLE.account.lockAfter; i++) await recordSignInFailure(db, throttleKeys(email, `203.0.115.${i + 1}`), attackAt(days));
    };
    await attack(THROTTLE.knownAddressDays - 1);
    expect(await signInDelay(db, keys, attackAt(THROTTLE.knownAddressDays - 1))).toBe(0);
    await attack(THROTTLE.knownAddressDays + 1);
    await expect(signInDelay(db, keys, attackAt(THROTTLE.knownAddressDays + 1))).rejects.toBeInstanceOf(SignInLockedError);
  });
});
