import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signInThrottles } from "@/db/schema";
import { addMember } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { checkCredentials } from "./credentials";
import { recordSignInFailure, SignInLockedError, signInDelay, THROTTLE, throttleKeys } from "./throttle";

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
  it("locks an account after five wrong passwords, even against the right one, and an unknown email alike", async () => {
    const { email } = await account();
    const unknown = `nobody${n}@throttle.test`;
    for (const who of [email, unknown]) {
      const address = `10.0.0.${n}${who === email ? 1 : 2}`;
      const seen = [];
      for (let i = 0; i < THROTTLE.account.lockAfter; i++) seen.push(await outcome(checkCredentials(db, { email: who, password: "wrong password" }, address)));
      expect(seen).toEqual(Array(THROTTLE.account.lockAfter).fill("refused"));
      // Locked: the right password is refused too, and the answer is the same whether the
      // account exists or not.
      expect(await outcome(checkCredentials(db, { email: who, password: PASSWORD }, address))).toBe("locked");
    }
  });

  it("slows attempts before locking: no delay for the first few, then doubling", async () => {
    const keys = throttleKeys("slow@throttle.test", "10.1.0.1");
    const now = new Date();
    const delays = [];
    for (let i = 0; i < THROTTLE.account.lockAfter - 1; i++) {
      delays.push(await signInDelay(db, keys, now));
      await recordSignInFailure(db, keys, now);
    }
    expect(delays).toEqual([0, 0, 0, 250]);
  });

  it("forgets failures older than the window, and lifts the lock when it ends", async () => {
    const keys = throttleKeys("later@throttle.test", "10.2.0.1");
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.account.lockAfter; i++) await recordSignInFailure(db, keys, start);
    await expect(signInDelay(db, keys, new Date(start.getTime() + 60_000))).rejects.toBeInstanceOf(SignInLockedError);
    expect(await signInDelay(db, keys, new Date(start.getTime() + THROTTLE.lockMs + 1_000))).toBe(0);
  });

  it("a right password clears the account's count", async () => {
    const { email } = await account();
    const address = "10.3.0.1";
    for (let i = 0; i < THROTTLE.account.lockAfter - 1; i++) await checkCredentials(db, { email, password: "wrong password" }, address);
    expect(await outcome(checkCredentials(db, { email, password: PASSWORD }, address))).toBe("signed in");
    expect(await signInDelay(db, throttleKeys(email, "10.3.0.2"))).toBe(0);
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
