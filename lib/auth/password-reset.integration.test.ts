// Password reset through an emailed link, on a real database: every way a link can be used or
// refused, the same answer for any address, the throttles, and what a reset ends and records.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, members, passwordResets } from "@/db/schema";
import { loadSessionAccess } from "@/lib/authz/check";
import { deliverDue } from "@/lib/mail/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, makeOrg, memberRow, refusal, sessionOf, setStatus } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { checkCredentials } from "./credentials";
import { hashPassword, verifyPassword } from "./password";
import {
  findResetLink,
  INVALID_RESET_LINK,
  requestPasswordReset,
  requestPasswordResetForm,
  resetLinkSent,
  resetPassword,
  resetPasswordForm,
} from "./password-reset";
import { recordSignInFailure, signInDelay, SignInLockedError, THROTTLE, throttleKeys } from "./throttle";
import { RATE_LIMITS } from "@/lib/rate-limits";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

const OLD = "the old password, long enough";
const NEW = "the new password, long enough";
let addressCounter = 0;
/** A client address of its own per test, so the per-client allowance never spills between tests. */
const newAddress = () => `198.51.100.${++addressCounter}`;

async function person(status: "active" | "deactivated" = "active") {
  const org = await makeOrg(db);
  const row = await org.member("agent", status);
  await db
    .update(members)
    .set({ passwordHash: await hashPassword(OLD) })
    .where(eq(members.id, row.id));
  return { org, member: await memberRow(db, row.id), session: sessionOf(row.id, 0) };
}

const queued = (to: string, kind: string) =>
  db
    .select()
    .from(emails)
    .where(and(eq(emails.to, to), eq(emails.kind, kind)))
    .orderBy(desc(emails.createdAt));

/** The token in the newest reset email queued for the address, as its link carries it. */
async function tokenFor(email: string): Promise<string> {
  const [row] = await queued(email, "password-reset");
  if (!row) throw new Error(`no reset email for ${email}`);
  const link = new URL(String(row.data.link));
  expect(link.pathname).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
  return link.pathname.split("/").pop()!;
}

async function ask(email: string, address = newAddress(), now?: Date) {
  await requestPasswordReset(db, { email }, address, now);
  return tokenFor(email);
}

const reset = (token: string, now?: Date, address: string | null = null) => resetPassword(db, { token, newPassword: NEW }, address, now);

describe("asking for a reset link", () => {
  it("emails an active member a single link, over real SMTP, and answers the same for every address", async () => {
    const { member } = await person();
    const gone = await person("deactivated");
    const unknown = `nobody-${Date.now()}@example.test`;
    const answers = [];
    for (const email of [member.email, gone.member.email, unknown, member.email.toUpperCase()]) {
      answers.push(await requestPasswordResetForm(db, form({ email }), newAddress()));
    }
    expect(answers).toEqual([
      { ok: true, message: resetLinkSent(member.email) },
      { ok: true, message: resetLinkSent(gone.member.email) },
      { ok: true, message: resetLinkSent(unknown) },
      { ok: true, message: resetLinkSent(member.email) },
    ]);
    // Nothing for the deactivated member or the unknown address: no link, no email.
    expect(await queued(gone.member.email, "password-reset")).toHaveLength(0);
    expect(await queued(unknown, "password-reset")).toHaveLength(0);
    expect(await db.select().from(passwordResets).where(eq(passwordResets.memberId, gone.member.id))).toHaveLength(0);

    // Two links asked for: only the newest works, and its token is stored only as its hash.
    const rows = await db.select().from(passwordResets).where(eq(passwordResets.memberId, member.id)).orderBy(desc(passwordResets.createdAt));
    expect(rows).toHaveLength(2);
    expect(rows[1].voidedAt).not.toBeNull();
    expect(rows[0].voidedAt).toBeNull();
    const token = await tokenFor(member.email);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(60 * 60 * 1000);

    await deliverDue(db, smtpTransport(sink.url));
    // Both emails go out; the newest carries the working link.
    const mail = await sink.waitFor((m) => m.to === member.email && m.subject === "Reset your Switchboard password" && m.text.includes(token));
    expect(mail.text).toMatch(new RegExp(`http://localhost:\\d+/reset-password/${token}\\s`));
    expect(mail.text).toContain("works once");
    await sink.waitFor((m) => m.to === member.email && m.subject === "Reset your Switchboard password" && !m.text.includes(token));
  });

  it("refuses an address that isn't one, next to the field", async () => {
    expect(await requestPasswordResetForm(db, form({ email: "not an address" }), newAddress())).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: ["Enter your email address."] },
    });
  });

  it("sends at most 5 links an hour to one address, answering the same past it, for addresses with or without an account", async () => {
    const { member } = await person();
    const now = new Date();
    const { limit } = RATE_LIMITS.passwordResetsPerEmail;
    for (let i = 0; i < limit + 2; i++) {
      expect(await requestPasswordResetForm(db, form({ email: member.email }), newAddress())).toEqual({ ok: true, message: resetLinkSent(member.email) });
    }
    expect(await queued(member.email, "password-reset")).toHaveLength(limit);
    // The newest link sent still works.
    await reset(await tokenFor(member.email));
    // An hour later the address may ask again.
    await requestPasswordReset(db, { email: member.email }, newAddress(), new Date(now.getTime() + RATE_LIMITS.passwordResetsPerEmail.windowMs + 1000));
    expect(await queued(member.email, "password-reset")).toHaveLength(limit + 1);
  });

  it("tells a client past 20 requests an hour to wait, whether or not the addresses have accounts", async () => {
    const { member } = await person();
    const client = newAddress();
    const { limit } = RATE_LIMITS.passwordResetsPerClient;
    for (let i = 0; i < limit; i++) {
      expect(await requestPasswordResetForm(db, form({ email: `someone-${i}-${Date.now()}@example.test` }), client)).toMatchObject({ ok: true });
    }
    const refused = { ok: false, code: "rate_limited", formError: "Too many requests for reset links from your network. Try again in 60 minutes." };
    expect(await requestPasswordResetForm(db, form({ email: member.email }), client)).toEqual(refused);
    expect(await requestPasswordResetForm(db, form({ email: `unknown-${Date.now()}@example.test` }), client)).toEqual(refused);
    expect(await queued(member.email, "password-reset")).toHaveLength(0);
    // Another client is not held back.
    expect(await requestPasswordResetForm(db, form({ email: member.email }), newAddress())).toMatchObject({ ok: true });
    expect(await queued(member.email, "password-reset")).toHaveLength(1);
  });
});

describe("using a reset link", () => {
  it("sets the password, ends every session, audits as the member and emails a notice; only the new password signs in", async () => {
    const { org, member, session } = await person();
    expect(await loadSessionAccess(db, session)).not.toBeNull();
    const token = await ask(member.email);
    expect(await findResetLink(db, token)).toEqual({ ok: true, email: member.email });

    expect(await resetPasswordForm(db, form({ token, newPassword: NEW, confirmPassword: NEW }), newAddress())).toEqual({ ok: true, memberId: member.id });

    const after = await memberRow(db, member.id);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.sessionEpoch).toBe(member.sessionEpoch + 1);
    expect(after.updatedAt).toEqual(member.updatedAt);
    // The session from before is refused, as after a password change on Your account.
    expect(await loadSessionAccess(db, session)).toBeNull();
    expect(await checkCredentials(db, { email: member.email, password: OLD })).toBeNull();
    expect(await checkCredentials(db, { email: member.email, password: NEW })).toMatchObject({ id: member.id, epoch: after.sessionEpoch });

    const audit = await auditOf(db, org.org.id, "member.password_reset");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: member.id, actorName: member.name, targetId: member.id });
    expect(JSON.stringify(audit[0].details)).not.toContain(NEW);
    expect(JSON.stringify(audit)).not.toContain(token);

    expect(await queued(member.email, "password-changed")).toHaveLength(1);
    await deliverDue(db, smtpTransport(sink.url));
    const notice = await sink.waitFor((m) => m.to === member.email && m.subject === "Your Switchboard password was changed");
    expect(notice.text).toContain("Every session that was signed in has been signed out.");
    expect(notice.text).not.toContain(token);
  });

  it("checks the new password as everywhere else, and changes nothing when it fails", async () => {
    const { member } = await person();
    const token = await ask(member.email);
    const cases = [
      [{ newPassword: "short", confirmPassword: "short" }, { newPassword: ["Use at least 12 characters."] }],
      [{ newPassword: NEW, confirmPassword: `${NEW}!` }, { confirmPassword: ["The new passwords don't match."] }],
      [{ newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }, { newPassword: ["Passwords can be at most 200 characters."] }],
    ] as const;
    for (const [fields, fieldErrors] of cases) {
      expect(await resetPasswordForm(db, form({ token, ...fields }), null), JSON.stringify(fieldErrors)).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors,
      });
    }
    expect(await memberRow(db, member.id)).toEqual(member);
    expect(await findResetLink(db, token)).toMatchObject({ ok: true });
  });

  it("refuses a link past its hour", async () => {
    const { member } = await person();
    const issued = new Date(Date.now() - 61 * 60 * 1000);
    const token = await ask(member.email, newAddress(), issued);
    const refused = await refusal(reset(token), "invalid");
    expect(refused.message).toMatch(/^This link expired at .*\. Ask for a new link\.$/);
    expect(await findResetLink(db, token)).toEqual({ ok: false, problem: refused.message });
    expect(await memberRow(db, member.id)).toEqual(member);
    // Still good a minute before the hour is up.
    const fresh = await ask(member.email, newAddress(), new Date(Date.now() - 59 * 60 * 1000));
    await reset(fresh);
  });

  it("works once: a second use is refused and changes nothing", async () => {
    const { member } = await person();
    const token = await ask(member.email);
    await reset(token);
    const once = await memberRow(db, member.id);
    const refused = await refusal(resetPassword(db, { token, newPassword: "yet another password" }, null), "invalid");
    expect(refused.message).toBe("This link was already used to reset the password. If you need to reset it again, ask for a new link.");
    expect(await memberRow(db, member.id)).toEqual(once);
    expect(await findResetLink(db, token)).toEqual({ ok: false, problem: refused.message });
  });

  it("refuses an older link once a newer one is sent, and every other link once one is used", async () => {
    const { member } = await person();
    const first = await ask(member.email);
    const second = await ask(member.email);
    expect((await refusal(reset(first), "invalid")).message).toMatch(/^This link is no longer valid/);
    await reset(second);
    expect(await memberRow(db, member.id)).toMatchObject({ sessionEpoch: member.sessionEpoch + 1 });
  });

  it("refuses a made-up, truncated or overlong token as not valid", async () => {
    const { member } = await person();
    const token = await ask(member.email);
    for (const bad of ["x".repeat(43), token.slice(0, -1), `${token}x`, "x".repeat(500), ""]) {
      expect(await findResetLink(db, bad), bad).toEqual({ ok: false, problem: INVALID_RESET_LINK });
      expect(await resetPasswordForm(db, form({ token: bad, newPassword: NEW, confirmPassword: NEW }), null)).toMatchObject({
        ok: false,
        code: "invalid",
        formError: INVALID_RESET_LINK,
      });
    }
    expect(await memberRow(db, member.id)).toEqual(member);
  });

  it("resets only the account the link was sent for, whatever else the form names, across organisations too", async () => {
    const a = await person();
    const b = await person();
    expect(a.org.org.id).not.toBe(b.org.org.id);
    const teammate = await a.org.member("owner");
    const tokenB = await ask(b.member.email);
    // B's link, posted with A's address and ids beside it: only B's password changes.
    const posted = form({ token: tokenB, newPassword: NEW, confirmPassword: NEW, email: a.member.email, memberId: a.member.id, orgId: a.org.org.id });
    expect(await resetPasswordForm(db, posted, null)).toEqual({ ok: true, memberId: b.member.id });
    expect(await memberRow(db, a.member.id)).toEqual(a.member);
    expect(await loadSessionAccess(db, a.session)).not.toBeNull();
    expect(await loadSessionAccess(db, sessionOf(teammate.id))).not.toBeNull();
    expect(await auditOf(db, a.org.org.id, "member.password_reset")).toHaveLength(0);
    expect(await auditOf(db, b.org.org.id, "member.password_reset")).toHaveLength(1);

    // A's own link still works for A alone, after B's was used.
    const tokenA = await ask(a.member.email);
    expect(await reset(tokenA)).toEqual({ memberId: a.member.id });
    expect(await verifyPassword((await memberRow(db, b.member.id)).passwordHash, NEW)).toBe(true);
  });

  it("refuses a link issued before the member was deactivated, and stays refused", async () => {
    const { member } = await person();
    const token = await ask(member.email);
    await setStatus(db, member.id, "deactivated");
    expect(await findResetLink(db, token)).toEqual({ ok: false, problem: INVALID_RESET_LINK });
    expect((await refusal(reset(token), "invalid")).message).toBe(INVALID_RESET_LINK);
    const unchanged = await memberRow(db, member.id);
    expect(await verifyPassword(unchanged.passwordHash, OLD)).toBe(true);
    expect(await queued(member.email, "password-changed")).toHaveLength(0);
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const { org, member } = await person();
    const token = await ask(member.email);
    const outcomes = await Promise.allSettled([
      resetPassword(db, { token, newPassword: "first tab's password" }, null),
      resetPassword(db, { token, newPassword: "second tab's password" }, null),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [rejected] = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect((rejected.reason as Error).message).toBe("This link was already used to reset the password. If you need to reset it again, ask for a new link.");
    expect((await memberRow(db, member.id)).sessionEpoch).toBe(member.sessionEpoch + 1);
    expect(await auditOf(db, org.org.id, "member.password_reset")).toHaveLength(1);
    expect(await queued(member.email, "password-changed")).toHaveLength(1);
  });

  it("clears the account's sign-in lock from the resetting address and the account-wide count, not other addresses' counts", async () => {
    const { member } = await person();
    const here = newAddress();
    const there = newAddress();
    for (let i = 0; i < THROTTLE.pair.lockAfter; i++) {
      await recordSignInFailure(db, throttleKeys(member.email, here, member.id));
      await recordSignInFailure(db, throttleKeys(member.email, there, member.id));
    }
    await expect(signInDelay(db, throttleKeys(member.email, here, member.id))).rejects.toThrow(SignInLockedError);
    await reset(await ask(member.email, here), undefined, here);
    expect(await signInDelay(db, throttleKeys(member.email, here, member.id))).toBe(0);
    // Whoever guessed from elsewhere stays locked out there.
    await expect(signInDelay(db, throttleKeys(member.email, there, member.id))).rejects.toThrow(SignInLockedError);
    expect(await checkCredentials(db, { email: member.email, password: NEW }, here)).toMatchObject({ id: member.id });
  });
});
