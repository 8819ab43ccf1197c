// The Business trial: the 3-day email (once), the move to Starter through changeAccess (once,
// audited, custom roles kept inactive) when no plan was chosen, and choosing a plan ending it.
// The first-run checklist reads the same new organisation.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, organizations, roleMemberChanges } from "@/db/schema";
import { markRolesVisited } from "@/db/queries/orgs";
import { executeAction } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { smtpTransport } from "@/lib/mail/transport";
import { deliverDue } from "@/lib/mail/worker";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, ownerOrg, sessionOf } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { firstRunChecklist } from "./checklist";
import { emailTrialsEndingSoon, endPassedTrials, trialDaysLeft, trialEnd } from "./trial";
import { insertInvitation } from "@/db/queries/invitations";
import { insertRole } from "@/db/queries/roles";
import { addMatrixNumber } from "@/test/matrix/numbers";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

const DAY = 86_400_000;
const orgRow = async (id: string) => (await db.select().from(organizations).where(eq(organizations.id, id)))[0];

/** A Business organisation on a trial ending at `endsAt`, with two Owners, a custom role and its holder. */
async function onTrial(endsAt: Date) {
  const org = await makeOrg(db, "business");
  const owner = await org.member("owner");
  const secondOwner = await org.member("owner");
  const holder = await org.holder(["members.view", "analytics.view"], "Supervisors");
  await db.update(organizations).set({ trialEndsAt: endsAt }).where(eq(organizations.id, org.org.id));
  return { ...org, owner, secondOwner, holder };
}

describe("the trial's end", () => {
  it("moves an organisation still on trial to Starter through changeAccess, once, audited, custom roles kept but inactive", async () => {
    const now = new Date();
    const s = await onTrial(new Date(now.getTime() - 1000));
    const later = await onTrial(new Date(now.getTime() + 5 * DAY));
    const historyBefore = (await db.select().from(roleMemberChanges).where(eq(roleMemberChanges.orgId, s.org.id))).length;

    // Two servers' jobs at once: exactly one ends it.
    await Promise.all([endPassedTrials(db, now), endPassedTrials(db, now)]);
    await endPassedTrials(db, now);

    expect(await orgRow(s.org.id)).toMatchObject({ plan: "starter", trialEndsAt: null });
    const audit = await auditOf(db, s.org.id, "org.trial_ended");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, details: { fromPlan: "Business", toPlan: "Starter" } });
    const holder = await accessOf(db, s.holder.member.id);
    expect(holder).toMatchObject({ plan: "starter", customRoleInactive: true, role: { id: s.holder.role.id } });
    // changeAccess wrote the role history (the holder's access was suspended).
    const history = await db.select().from(roleMemberChanges).where(eq(roleMemberChanges.orgId, s.org.id));
    expect(history.length).toBeGreaterThan(historyBefore);
    expect(history.map((h) => h.change)).toContain("suspended");

    expect(await orgRow(later.org.id)).toMatchObject({ plan: "business" });
  });

  it("emails every active Owner 3 days before the end, once, even with two jobs at once", async () => {
    const now = new Date();
    const s = await onTrial(new Date(now.getTime() + 2.5 * DAY));
    const early = await onTrial(new Date(now.getTime() + 4 * DAY));
    await Promise.all([emailTrialsEndingSoon(db, now), emailTrialsEndingSoon(db, now)]);
    await emailTrialsEndingSoon(db, new Date(now.getTime() + 60_000));

    const queued = await db.select().from(emails).where(eq(emails.orgId, s.org.id));
    expect(queued.map((e) => e.to).sort()).toEqual([s.owner.email, s.secondOwner.email].sort());
    expect(queued.every((e) => e.kind === "trial-ending")).toBe(true);
    expect((await orgRow(s.org.id)).trialEndingEmailedAt).toBeInstanceOf(Date);
    expect(await db.select().from(emails).where(eq(emails.orgId, early.org.id))).toHaveLength(0);

    await deliverDue(db, smtpTransport(sink.url));
    const mail = await sink.waitFor((m) => m.to === s.owner.email && /trial ends/.test(m.subject));
    expect(mail.text).toContain("/billing/plans");
  });

  it("ends when a plan is chosen, even the one being tried; the job then leaves it alone", async () => {
    const now = new Date();
    const s = await onTrial(new Date(now.getTime() + DAY));
    const action = ACTIONS.find((a) => a.name === "billing.changePlan")!;
    const result = await executeAction(action, sessionOf(s.owner.id), form({ orgId: s.org.id, plan: "business" }), db);
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("the trial is over") });
    expect(await orgRow(s.org.id)).toMatchObject({ plan: "business", trialEndsAt: null });
    expect(await auditOf(db, s.org.id, "org.trial_ended")).toHaveLength(1);

    await endPassedTrials(db, new Date(now.getTime() + 30 * DAY));
    expect(await orgRow(s.org.id)).toMatchObject({ plan: "business" });
    expect(await auditOf(db, s.org.id, "org.trial_ended")).toHaveLength(1);
  });

  it("counts whole days left, rounded up", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(trialDaysLeft(null, now)).toBeNull();
    expect(trialDaysLeft(trialEnd(now), now)).toBe(14);
    expect(trialDaysLeft(new Date(now.getTime() + 1000), now)).toBe(1);
    expect(trialDaysLeft(new Date(now.getTime() - 1000), now)).toBe(0);
  });
});

describe("the first-run checklist", () => {
  it("ticks each step off from the data, and goes when all are done", async () => {
    const { org, owner, builtInRole } = await ownerOrg(db, "business");
    const keys = async () => (await firstRunChecklist(db, await accessOf(db, owner.id)))?.filter((s) => !s.done).map((s) => s.key);
    expect(await keys()).toEqual(["invite", "roles", "customRole", "number"]);

    const agent = await builtInRole("agent");
    await insertInvitation(db, {
      orgId: org.id,
      email: "new@example.test",
      roleId: agent.id,
      tokenHash: "h".repeat(64),
      expiresAt: new Date(Date.now() + DAY),
    });
    await markRolesVisited(db, org.id);
    expect(await keys()).toEqual(["customRole", "number"]);
    await addMatrixNumber(db, org.id, "Main line");
    expect(await keys()).toEqual(["customRole"]);
    await insertRole(db, { orgId: org.id, kind: "custom", name: "Supervisors", permissions: ["members.view"] });
    expect(await keys()).toBeUndefined();
  });

  it("shows a member only the steps they may take, and none to an Agent", async () => {
    const s = await makeOrg(db, "business");
    const agent = await s.member("agent");
    expect(await firstRunChecklist(db, await accessOf(db, agent.id))).toBeNull();
    const admin = await s.member("admin");
    const steps = await firstRunChecklist(db, await accessOf(db, admin.id));
    expect(steps?.map((step) => step.key)).toContain("invite");
  });

  it("is hidden by dismissing it, for that member only, and never shown on demo organisations", async () => {
    const s = await makeOrg(db, "business");
    const a = await s.member("owner");
    const b = await s.member("owner");
    const dismiss = ACTIONS.find((x) => x.name === "account.dismissChecklist")!;
    expect(await executeAction(dismiss, sessionOf(a.id), form({}), db)).toMatchObject({ ok: true });
    expect(await firstRunChecklist(db, await accessOf(db, a.id))).toBeNull();
    expect(await firstRunChecklist(db, await accessOf(db, b.id))).not.toBeNull();

    await db.update(organizations).set({ isDemo: true }).where(eq(organizations.id, s.org.id));
    expect(await firstRunChecklist(db, await accessOf(db, b.id))).toBeNull();
  });
});
