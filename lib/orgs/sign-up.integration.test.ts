// Sign-up, email verification and what waits for it, on a real database and through real email.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailVerifications, memberSessions, members, organizations, roles } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { resendVerification, verifyEmail } from "@/lib/account/email-verification";
import { checkCredentials } from "@/lib/auth/credentials";
import { ACTIONS } from "@/lib/actions/registry";
import { smtpTransport } from "@/lib/mail/transport";
import { deliverDue } from "@/lib/mail/worker";
import { carrierFor } from "@/lib/numbers/carrier";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, refusal, sessionOf, setStatus } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { checkEmailMessage, signUpForm } from "./sign-up";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

let counter = 0;
const fresh = () => `signup-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
const PASSWORD = "a long enough password";
const fields = (email: string, extra: Record<string, string> = {}) => ({
  orgName: "Northwind Calls",
  name: "Nora North",
  email,
  password: PASSWORD,
  confirmPassword: PASSWORD,
  ...extra,
});
/** Each call from its own client address unless told: the per-address limit is tested on its own. */
const submit = (email: string, client = `198.51.100.${++counter % 250}`, extra: Record<string, string> = {}) =>
  signUpForm(db, form(fields(email, extra)), client);

const memberByEmail = async (email: string) => (await db.select().from(members).where(eq(members.email, email)))[0] ?? null;
const deliver = () => deliverDue(db, smtpTransport(sink.url));
const mailTo = async (to: string, subject: RegExp) => {
  await deliver();
  return sink.waitFor((m) => m.to === to && subject.test(m.subject));
};
const tokenIn = (text: string) => /\/verify-email\/([A-Za-z0-9_-]+)/.exec(text)![1];

/** Signs up and returns the new Owner, signed in once (a stored session with their own id), and the token from their email. */
async function signedUp(email = fresh()) {
  expect(await submit(email)).toMatchObject({ ok: true });
  const owner = await memberByEmail(email);
  await db.insert(memberSessions).values({ id: owner.id, orgId: owner.orgId, memberId: owner.id, epoch: 0 });
  const token = tokenIn((await mailTo(email, /^Verify your email/)).text);
  return { owner, token, email };
}

const act = (memberId: string, name: string, fields: Record<string, string>) =>
  executeAction(
    ACTIONS.find((a) => a.name === name)!,
    sessionOf(memberId),
    form(fields),
    db,
  );

describe("sign-up", () => {
  it("creates the organisation on a 14-day Business trial with its three built-in roles and the person as its unverified Owner", async () => {
    const email = fresh();
    const before = Date.now();
    const result = await submit(email.toUpperCase());
    expect(result).toEqual({ ok: true, message: checkEmailMessage(email) });

    const owner = await memberByEmail(email);
    expect(owner).toMatchObject({ name: "Nora North", status: "active", emailVerifiedAt: null });
    const [org] = await db.select().from(organizations).where(eq(organizations.id, owner.orgId));
    expect(org).toMatchObject({ name: "Northwind Calls", plan: "business", isDemo: false });
    const days = (org.trialEndsAt!.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThan(14.01);
    const builtIns = await db.select({ kind: roles.kind, id: roles.id }).from(roles).where(eq(roles.orgId, org.id));
    expect(builtIns.map((r) => r.kind).sort()).toEqual(["admin", "agent", "owner"]);
    expect(owner.roleId).toBe(builtIns.find((r) => r.kind === "owner")!.id);
    expect((await auditOf(db, org.id, "org.created")).map((a) => a.actorId)).toEqual([owner.id]);

    // The account works at once: the password signs in, and the access says what waits.
    expect(await checkCredentials(db, { email, password: PASSWORD })).toMatchObject({ id: owner.id });
    expect(await accessOf(db, owner.id)).toMatchObject({ emailVerified: false, plan: "business", role: { kind: "owner" } });

    const mail = await mailTo(email, /^Verify your email/);
    expect(mail.text).toContain("/verify-email/");
    const stored = await db.select().from(emailVerifications).where(eq(emailVerifications.memberId, owner.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(tokenIn(mail.text));
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers a taken address exactly as a free one, creates nothing and tells the address's owner", async () => {
    const org = await makeOrg(db);
    const existing = await org.member("agent");
    const orgsBefore = (await db.select({ id: organizations.id }).from(organizations)).length;

    const taken = await submit(existing.email);
    const free = await submit(fresh());
    expect(taken).toEqual({ ok: true, message: checkEmailMessage(existing.email) });
    expect(Object.keys(taken).sort()).toEqual(Object.keys(free).sort());

    expect((await db.select({ id: organizations.id }).from(organizations)).length).toBe(orgsBefore + 1);
    expect(await db.select().from(members).where(eq(members.email, existing.email))).toEqual([existing]);
    const mail = await mailTo(existing.email, /tried to sign up/);
    expect(mail.text).toContain("/sign-in");
    expect(mail.text).not.toContain("/verify-email/");
  });

  it("is limited per address typed and per client address, the same for taken and free addresses", async () => {
    const org = await makeOrg(db);
    const existing = await org.member("agent");
    const free = fresh();
    for (let i = 0; i < 3; i++) {
      expect(await submit(existing.email)).toMatchObject({ ok: true });
      expect(await submit(free, `203.0.113.${i}`, { orgName: `Try ${i}` })).toMatchObject({ ok: true });
    }
    const refusedTaken = await submit(existing.email);
    const refusedFree = await submit(free);
    expect(refusedTaken).toMatchObject({ ok: false, code: "rate_limited" });
    expect(refusedFree).toEqual(refusedTaken);

    const client = "192.0.2.77";
    for (let i = 0; i < 10; i++) expect(await submit(fresh(), client)).toMatchObject({ ok: true });
    expect(await submit(fresh(), client)).toMatchObject({ ok: false, code: "rate_limited" });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const email = fresh();
    const result = await submit(email, undefined, { orgName: " ", password: "short", confirmPassword: "other" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { orgName: expect.any(Array), password: expect.any(Array) } });
    expect(await memberByEmail(email)).toBeNull();
  });
});

describe("the verification link", () => {
  it("verifies once, uses up every open link, is audited, and lifts the wait", async () => {
    const { owner, token } = await signedUp();
    const second = (await resendVerification(db, await accessOf(db, owner.id)))!;
    await verifyEmail(db, token, owner.id);
    expect((await memberByEmail(owner.email)).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await accessOf(db, owner.id)).toMatchObject({ emailVerified: true });
    expect(await auditOf(db, owner.orgId, "member.email_verified")).toHaveLength(1);

    expect((await refusal(verifyEmail(db, token, null), "conflict")).message).toMatch(/already been used/);
    await refusal(verifyEmail(db, second, null), "conflict");
    expect(await resendVerification(db, await accessOf(db, owner.id))).toBeNull();
  });

  it("refuses an expired link", async () => {
    const { token } = await signedUp();
    const later = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect((await refusal(verifyEmail(db, token, null, later), "conflict")).message).toMatch(/expired/);
  });

  it("refuses a link opened while signed in as someone else, and leaves both unverified", async () => {
    const a = await signedUp();
    const b = await signedUp();
    await refusal(verifyEmail(db, a.token, b.owner.id), "forbidden");
    expect((await memberByEmail(a.email)).emailVerifiedAt).toBeNull();
    expect((await memberByEmail(b.email)).emailVerifiedAt).toBeNull();
    // Signed out, the link is its own credential.
    await verifyEmail(db, a.token, null);
    expect((await memberByEmail(a.email)).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("refuses a deactivated member's link", async () => {
    const { owner, token } = await signedUp();
    await setStatus(db, owner.id, "deactivated");
    expect((await refusal(verifyEmail(db, token, null), "conflict")).message).toMatch(/deactivated/);
    expect((await memberByEmail(owner.email)).emailVerifiedAt).toBeNull();
  });

  it("refuses an unknown or overlong token", async () => {
    await refusal(verifyEmail(db, "x".repeat(43), null), "not_found");
    await refusal(verifyEmail(db, "x".repeat(500), null), "not_found");
  });

  it("resends through the action, within its hourly limit", async () => {
    const { owner } = await signedUp();
    for (let i = 0; i < 5; i++) expect(await act(owner.id, "account.resendVerification", {})).toMatchObject({ ok: true });
    expect(await act(owner.id, "account.resendVerification", {})).toMatchObject({ ok: false, code: "rate_limited" });
    const open = await db
      .select()
      .from(emailVerifications)
      .where(and(eq(emailVerifications.memberId, owner.id)));
    expect(open).toHaveLength(6);
  });
});

describe("until the address is verified", () => {
  it("the server refuses inviting and buying numbers, with the reason; both work once verified", async () => {
    const { owner, token } = await signedUp();
    const [agent] = await db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.orgId, owner.orgId), eq(roles.kind, "agent")));
    const invite = () => act(owner.id, "members.invite", { email: fresh(), roleId: agent.id });
    const [forSale] = await carrierFor(db).searchNumbers({ country: "US", areaCode: "415", limit: 1 });
    const buy = () => act(owner.id, "numbers.purchase", { orgId: owner.orgId, e164: forSale.e164, label: "" });

    const refusedInvite = await invite();
    expect(refusedInvite).toMatchObject({ ok: false, code: "forbidden" });
    expect(!refusedInvite.ok && refusedInvite.formError).toMatch(/Inviting members waits until you verify your email address/);
    const refusedBuy = await buy();
    expect(refusedBuy).toMatchObject({ ok: false, code: "forbidden" });
    expect(!refusedBuy.ok && refusedBuy.formError).toMatch(/Buying numbers waits until you verify/);
    expect(await auditOf(db, owner.orgId, "member.invited")).toHaveLength(0);
    expect(await auditOf(db, owner.orgId, "number.purchased")).toHaveLength(0);

    await verifyEmail(db, token, owner.id);
    expect(await invite()).toMatchObject({ ok: true });
    expect(await buy()).toMatchObject({ ok: true });
  });
});
