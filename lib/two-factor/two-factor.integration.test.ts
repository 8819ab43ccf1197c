// Two-factor on a real database: set-up confirmed by a first code, sign-in in two steps with
// codes that work once, wrong codes counted by the sign-in throttle, the password asked before
// turning it off, and an organisation's requirement enforced on every action and handler.
import { eq } from "drizzle-orm";
import { TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { memberRecoveryCodes, members, memberSessions, memberTwoFactor } from "@/db/schema";
import { executeAction, type ActionResult } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { analyticsHandlers } from "@/lib/analytics/handlers";
import { WRONG_CURRENT_PASSWORD } from "@/lib/account/password";
import { signInWithCredentials, TwoFactorRequiredError, TwoFactorWrongError } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { SignInLockedError, THROTTLE } from "@/lib/auth/throttle";
import { loadSessionAccess } from "@/lib/authz/check";
import { executeHandler } from "@/lib/route-handler";
import { formData } from "@/test/attack/act";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, sessionOf, withNeeds } from "@/test/fixtures";
import { TWO_FACTOR_REQUIRED_MESSAGE } from "./policy";
import { RECOVERY_CODE_COUNT } from "./recovery-codes";
import { confirmSetUp, SET_UP_YOURS_FIRST, startSetUp } from "./service";
import { verifyTotp } from "./totp";

const db = useFreshDatabase();

const PASSWORD = "a two-factor test password";
const STEP_MS = 30_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const codeAt = (secret: string, at: number) => new TOTP({ secret }).generate({ timestamp: at });
const codesIn = (result: ActionResult) => (result as ActionResult & { recoveryCodes?: string[] }).recoveryCodes ?? [];
const action = (name: string) => ACTIONS.find((a) => a.name === name)!;
const act = (name: string, memberId: string, fields: Record<string, string>) => executeAction(action(name), sessionOf(memberId), formData(fields), db);

/** A member with a known password, signed in once (sessionOf), two-factor off. */
async function person(org?: Awaited<ReturnType<typeof makeOrg>>, kind: "agent" | "owner" = "agent") {
  const scene = org ?? (await makeOrg(db));
  const row = await scene.member(kind);
  await db
    .update(members)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(members.id, row.id));
  return { org: scene, member: row, email: row.email };
}

/** Sets two-factor up as the account page does, confirmed at `at`; the secret and the recovery codes. */
async function withTwoFactor(memberId: string, at = T0) {
  const access = await accessOf(db, memberId);
  const secret = await startSetUp(db, access, { password: PASSWORD });
  const codes = await confirmSetUp(db, access, { code: codeAt(secret, at) }, at);
  return { secret, codes };
}

// An address of each member's own: the per-address bucket must not carry failures between tests.
let addresses = 0;
const addressOf = new Map<string, string>();
const homeOf = (email: string) => addressOf.get(email) ?? (addressOf.set(email, `10.77.${++addresses >> 8}.${addresses & 255}`), addressOf.get(email)!);

const signIn = (email: string, fields: { password?: string; code?: string }, at: number, address = homeOf(email)) =>
  signInWithCredentials(db, { email, password: PASSWORD, ...fields }, address, "vitest", at);

const outcome = async (attempt: Promise<unknown>) => {
  try {
    return (await attempt) ? "signed in" : "refused";
  } catch (error) {
    if (error instanceof TwoFactorRequiredError) return "code needed";
    if (error instanceof TwoFactorWrongError) return "wrong code";
    if (error instanceof SignInLockedError) return "locked";
    throw error;
  }
};

describe("authenticator codes", () => {
  it("accepts the code of this step and one either side, and refuses wrong and expired ones", () => {
    const secret = new TOTP().secret.base32;
    const step = Math.floor(T0 / STEP_MS);
    expect(verifyTotp(secret, codeAt(secret, T0), T0)).toBe(step);
    expect(verifyTotp(secret, codeAt(secret, T0 - STEP_MS), T0)).toBe(step - 1);
    expect(verifyTotp(secret, codeAt(secret, T0 + STEP_MS), T0)).toBe(step + 1);
    expect(verifyTotp(secret, codeAt(secret, T0 - 3 * STEP_MS), T0)).toBeNull();
    const wrong = String((Number(codeAt(secret, T0)) + 1) % 1_000_000).padStart(6, "0");
    expect(verifyTotp(secret, wrong, T0)).toBeNull();
    expect(verifyTotp(secret, "12345", T0)).toBeNull();
    expect(verifyTotp(secret, ` ${codeAt(secret, T0).slice(0, 3)} ${codeAt(secret, T0).slice(3)} `, T0)).toBe(step);
  });
});

describe("setting up two-factor", () => {
  it("asks for the password, then switches on only when a first code confirms it; secrets sealed, codes hashed", async () => {
    const { org, member } = await person();
    const access = await accessOf(db, member.id);
    const wrong = await act("account.startTwoFactor", member.id, { password: "not my password" });
    expect(wrong).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: [WRONG_CURRENT_PASSWORD] } });
    const secret = await startSetUp(db, access, { password: PASSWORD });
    // Waiting for its first code: still off, for the access query and for sign-in.
    expect((await accessOf(db, member.id)).twoFactorOn).toBe(false);
    expect(await outcome(signIn(member.email, {}, T0))).toBe("signed in");
    expect(await act("account.confirmTwoFactor", member.id, { code: "000000" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    const confirmed = await act("account.confirmTwoFactor", member.id, { code: codeAt(secret, Date.now()) });
    expect(confirmed).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    const codes = codesIn(confirmed);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect((await accessOf(db, member.id)).twoFactorOn).toBe(true);
    // The database holds neither the secret nor a code in clear.
    const [row] = await db.select().from(memberTwoFactor).where(eq(memberTwoFactor.memberId, member.id));
    expect(row.secretSealed).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(secret);
    const stored = await db.select().from(memberRecoveryCodes).where(eq(memberRecoveryCodes.memberId, member.id));
    expect(stored).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    expect(await auditOf(db, org.org.id, "member.two_factor_enabled")).toHaveLength(1);
  });
});

describe("signing in with two-factor on", () => {
  it("asks for a code after the right password, and starts no session until it comes", async () => {
    const { member } = await person();
    const { secret } = await withTwoFactor(member.id);
    const sessions = async () => (await db.select().from(memberSessions).where(eq(memberSessions.memberId, member.id))).length;
    const before = await sessions();
    expect(await outcome(signIn(member.email, {}, T0 + 2 * STEP_MS))).toBe("code needed");
    // A wrong password is refused as before, without saying whether a code would be asked.
    expect(await outcome(signIn(member.email, { password: "wrong password", code: codeAt(secret, T0 + 2 * STEP_MS) }, T0 + 2 * STEP_MS))).toBe("refused");
    expect(await sessions()).toBe(before);
    const signedIn = await signIn(member.email, { code: codeAt(secret, T0 + 2 * STEP_MS) }, T0 + 2 * STEP_MS);
    expect(signedIn).toMatchObject({ id: member.id, sessionId: expect.any(String) });
    expect(await loadSessionAccess(db, { memberId: member.id, epoch: 0, sessionId: signedIn!.sessionId, signedInAt: signedIn!.signedInAt })).toMatchObject({
      memberId: member.id,
    });
    expect(await sessions()).toBe(before + 1);
  });

  it("refuses a code used already, and an earlier one of the same window, and an expired one", async () => {
    const { member } = await person();
    const { secret } = await withTwoFactor(member.id);
    const at = T0 + 10 * STEP_MS;
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at) }, at))).toBe("signed in");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at) }, at + 1_000))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at - STEP_MS) }, at + 1_000))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at - 3 * STEP_MS) }, at + 3 * STEP_MS))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at + STEP_MS) }, at + STEP_MS))).toBe("signed in");
  });

  it("takes each recovery code once, in any case and with or without its dash", async () => {
    const { member } = await person();
    const { codes } = await withTwoFactor(member.id);
    expect(await outcome(signIn(member.email, { code: codes[0] }, T0))).toBe("signed in");
    expect(await outcome(signIn(member.email, { code: codes[0] }, T0))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codes[1].replace("-", "").toUpperCase() }, T0))).toBe("signed in");
    expect(await outcome(signIn(member.email, { code: "abcde-fghjk" }, T0))).toBe("wrong code");
    const unused = await db.select().from(memberRecoveryCodes).where(eq(memberRecoveryCodes.memberId, member.id));
    expect(unused.filter((row) => row.usedAt === null)).toHaveLength(RECOVERY_CODE_COUNT - 2);
  });

  it("takes a recovery code only with the sign-in: two racing uses, one session", async () => {
    const { member } = await person();
    const { codes } = await withTwoFactor(member.id);
    const results = await Promise.all([0, 1, 2].map(() => outcome(signIn(member.email, { code: codes[2] }, T0))));
    expect(results.filter((r) => r === "signed in")).toHaveLength(1);
  });

  it("counts wrong codes like wrong passwords: locked at this address after five, even for the right code", async () => {
    const { member } = await person();
    const { secret } = await withTwoFactor(member.id);
    const at = T0 + 20 * STEP_MS;
    for (let i = 0; i < THROTTLE.pair.lockAfter; i++) expect(await outcome(signIn(member.email, { code: "000000" }, at))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at) }, at))).toBe("locked");
    // Another address the count does not reach gets in.
    expect(await outcome(signIn(member.email, { code: codeAt(secret, at) }, at, "203.0.113.9"))).toBe("signed in");
  });

  it("does not clear the count on the right password alone: guessing codes between passwords still locks", async () => {
    const { member } = await person();
    await withTwoFactor(member.id);
    const at = T0 + 30 * STEP_MS;
    const wrongCode = () => outcome(signIn(member.email, { code: "999999" }, at));
    for (let i = 0; i < 2; i++) expect(await wrongCode()).toBe("wrong code");
    expect(await outcome(signIn(member.email, {}, at))).toBe("code needed");
    for (let i = 2; i < THROTTLE.pair.lockAfter; i++) expect(await wrongCode()).toBe("wrong code");
    expect(await outcome(signIn(member.email, {}, at))).toBe("locked");
  });
});

describe("turning two-factor off and new recovery codes", () => {
  it("needs the password: a wrong one changes nothing and counts toward the throttle", async () => {
    const { org, member } = await person();
    const { secret, codes } = await withTwoFactor(member.id);
    expect(await act("account.disableTwoFactor", member.id, { password: "" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await act("account.disableTwoFactor", member.id, { password: "a guess" })).toMatchObject({
      ok: false,
      fieldErrors: { password: [WRONG_CURRENT_PASSWORD] },
    });
    expect((await accessOf(db, member.id)).twoFactorOn).toBe(true);
    expect(await auditOf(db, org.org.id, "member.two_factor_disabled")).toHaveLength(0);

    const renewed = await act("account.regenerateRecoveryCodes", member.id, { password: PASSWORD });
    expect(renewed).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    // The earlier codes are gone; the new ones work.
    expect(await outcome(signIn(member.email, { code: codes[0] }, T0))).toBe("wrong code");
    expect(await outcome(signIn(member.email, { code: codesIn(renewed)[0] }, T0))).toBe("signed in");

    expect(await act("account.disableTwoFactor", member.id, { password: PASSWORD })).toEqual({ ok: true, message: "Two-factor authentication is off." });
    expect((await accessOf(db, member.id)).twoFactorOn).toBe(false);
    expect(await db.select().from(memberRecoveryCodes).where(eq(memberRecoveryCodes.memberId, member.id))).toEqual([]);
    expect(await outcome(signIn(member.email, {}, T0 + 40 * STEP_MS))).toBe("signed in");
    expect(await outcome(signIn(member.email, { code: codeAt(secret, T0 + 40 * STEP_MS) }, T0 + 40 * STEP_MS))).toBe("signed in");
    expect(await auditOf(db, org.org.id, "member.two_factor_disabled")).toHaveLength(1);
  });
});

describe("the organisation's requirement", () => {
  it("is changed only by a holder of Manage security settings in this organisation, who has two-factor on, and audited", async () => {
    const { org, member: owner } = await person(undefined, "owner");
    const lacking = await org.holder(withNeeds("members.view", "roles.manage"));
    const foreign = await person(undefined, "owner");
    await withTwoFactor(foreign.member.id);
    const fields = { orgId: org.org.id, required: "on" };
    expect(await act("security.setTwoFactorRequirement", lacking.member.id, fields)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await act("security.setTwoFactorRequirement", foreign.member.id, fields)).toMatchObject({ ok: false, code: "not_found" });
    expect(await act("security.setTwoFactorRequirement", owner.id, fields)).toEqual({ ok: false, code: "invalid", formError: SET_UP_YOURS_FIRST });
    expect((await accessOf(db, owner.id)).twoFactorRequired).toBe(false);
    expect(await auditOf(db, org.org.id, "org.two_factor_requirement_changed")).toHaveLength(0);

    await withTwoFactor(owner.id);
    expect(await act("security.setTwoFactorRequirement", owner.id, fields)).toMatchObject({ ok: true });
    expect((await accessOf(db, owner.id)).twoFactorRequired).toBe(true);
    expect((await accessOf(db, foreign.member.id)).twoFactorRequired).toBe(false);
    expect(await auditOf(db, org.org.id, "org.two_factor_requirement_changed")).toHaveLength(1);
  });

  it("sends a member without two-factor to set it up: every other action and handler is refused until then", async () => {
    const { org, member: owner } = await person(undefined, "owner");
    await withTwoFactor(owner.id);
    expect(await act("security.setTwoFactorRequirement", owner.id, { orgId: org.org.id, required: "on" })).toMatchObject({ ok: true });
    const { member } = await person(org, "owner");
    const refused = { ok: false, code: "forbidden", formError: TWO_FACTOR_REQUIRED_MESSAGE };
    expect(await act("account.signOutOtherSessions", member.id, {})).toEqual(refused);
    expect(await act("security.setTwoFactorRequirement", member.id, { orgId: org.org.id })).toEqual(refused);
    const [handler] = analyticsHandlers;
    const response = await executeHandler(handler, sessionOf(member.id), new Request(new URL(handler.route, "http://two-factor.test")), {}, db);
    expect(response.status).toBe(403);
    // The member who has it on is not held up.
    expect(await act("account.signOutOtherSessions", owner.id, {})).toMatchObject({ ok: true });

    // The set-up itself goes through, and then everything else does.
    expect(await act("account.startTwoFactor", member.id, { password: PASSWORD })).toMatchObject({ ok: true });
    const [row] = await db.select().from(memberTwoFactor).where(eq(memberTwoFactor.memberId, member.id));
    const { openSecret } = await import("./secret");
    const secret = openSecret(member.id, row.pendingSecretSealed!);
    expect(await act("account.confirmTwoFactor", member.id, { code: codeAt(secret, Date.now()) })).toMatchObject({ ok: true });
    expect(await act("account.signOutOtherSessions", member.id, {})).toMatchObject({ ok: true });
    // While it is required, it stays on.
    expect(await act("account.disableTwoFactor", member.id, { password: PASSWORD })).toMatchObject({ ok: false, code: "invalid" });
    expect((await accessOf(db, member.id)).twoFactorOn).toBe(true);
  });
});
