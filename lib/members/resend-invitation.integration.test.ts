// Resending an invitation: a new link on the same invitation, the old one dead, emailed again,
// guarded and counted like inviting. And an invitation sent during an SMTP outage arrives once
// when SMTP returns, with a link that works.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emails, invitations } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { smtpTransport } from "@/lib/mail/transport";
import { deliverDue, RETRY_DELAYS_MS } from "@/lib/mail/worker";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, ownerOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { startSmtpSink } from "@/test/smtp-sink";
import { resendInvitationAction } from "./actions";
import { hashInvitationToken } from "./invitation-token";
import { acceptInvitation, findInvitationByToken, inviteMember, resendInvitation, revokeInvitation, unusableReason } from "./invitations";

const db = useFreshDatabase();

let serial = 0;
const address = () => `resent.${process.pid}.${++serial}@example.test`;
const PASSWORD = "correct horse battery";

const rowOf = async (id: string) => (await db.select().from(invitations).where(eq(invitations.id, id)))[0];
const mailTo = (to: string) => db.select().from(emails).where(eq(emails.to, to)).orderBy(emails.createdAt);

async function invited(now = new Date()) {
  const scene = await ownerOrg(db);
  const agent = await scene.builtInRole("agent");
  const email = address();
  const { invitation, token } = await inviteMember(db, scene.ownerAccess, { email, roleId: agent.id }, now);
  return { ...scene, agent, email, invitation, token };
}

describe("resendInvitation", () => {
  it("gives a pending invitation a new link and a new week, kills the old link, emails it again and audits it", async () => {
    const { org, ownerAccess, email, invitation, token } = await invited(new Date("2025-03-01T10:00:00Z"));
    const now = new Date("2025-03-03T09:00:00Z");
    const resent = await resendInvitation(db, ownerAccess, { invitationId: invitation.id }, now);

    const row = await rowOf(invitation.id);
    expect(resent.token).not.toBe(token);
    expect(row.tokenHash).toBe(hashInvitationToken(resent.token));
    expect(row.expiresAt.toISOString()).toBe("2025-03-10T09:00:00.000Z");
    expect(await findInvitationByToken(db, token)).toBeNull();
    expect(await findInvitationByToken(db, resent.token)).toMatchObject({ id: invitation.id });
    await refusal(acceptInvitation(db, { token, name: "Old Link", password: PASSWORD }, now), "not_found");

    const queued = await mailTo(email);
    expect(queued.map((e) => e.kind)).toEqual(["invitation", "invitation"]);
    expect(queued[1].subject).toBe(`${ownerAccess.name} invited you to join ${org.name} on Switchboard`);
    expect(queued[1].data.link).toMatch(new RegExp(`/invite/${resent.token}$`));
    expect(queued[1].data.expiresAt).toBe("2025-03-10T09:00:00.000Z");

    const [event] = await auditOf(db, org.id, "invitation.resent");
    expect(event).toMatchObject({ actorId: ownerAccess.memberId, targetId: invitation.id, targetName: email });
    expect(event.details.lines?.[0]).toBe("Role: Agent");

    const { member } = await acceptInvitation(db, { token: resent.token, name: "New Link", password: PASSWORD }, now);
    expect(member.email).toBe(email);
  });

  it("brings an expired invitation back to life", async () => {
    const { ownerAccess, invitation, token } = await invited(new Date("2025-01-01T10:00:00Z"));
    const now = new Date("2025-02-01T10:00:00Z");
    expect(unusableReason(await rowOf(invitation.id), now)).toMatch(/expired/);
    const resent = await resendInvitation(db, ownerAccess, { invitationId: invitation.id }, now);
    expect(unusableReason(await rowOf(invitation.id), now)).toBeNull();
    expect(await findInvitationByToken(db, token)).toBeNull();
    expect(await findInvitationByToken(db, resent.token)).toMatchObject({ id: invitation.id });
  });

  it("refuses accepted and revoked invitations, and queues nothing", async () => {
    const accepted = await invited();
    await acceptInvitation(db, { token: accepted.token, name: "Already Here", password: PASSWORD });
    expect((await refusal(resendInvitation(db, accepted.ownerAccess, { invitationId: accepted.invitation.id }), "conflict")).message).toMatch(
      /already accepted/,
    );
    expect(await mailTo(accepted.email)).toHaveLength(1);

    const revoked = await invited();
    await revokeInvitation(db, revoked.ownerAccess, { invitationId: revoked.invitation.id });
    expect((await refusal(resendInvitation(db, revoked.ownerAccess, { invitationId: revoked.invitation.id }), "conflict")).message).toMatch(/revoked/);
    expect(await mailTo(revoked.email)).toHaveLength(1);
    expect(await findInvitationByToken(db, revoked.token)).toMatchObject({ revokedAt: expect.any(Date) as Date });
  });

  it("answers another organisation's invitation as not found, through the action", async () => {
    const home = await invited();
    const elsewhere = await ownerOrg(db);
    const result = await executeAction(resendInvitationAction, sessionOf(elsewhere.owner.id), form({ invitationId: home.invitation.id }), db);
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await rowOf(home.invitation.id)).tokenHash).toBe(hashInvitationToken(home.token));
    expect(await mailTo(home.email)).toHaveLength(1);
  });

  it("refuses a member without Invite members, and one who lacks what the invited role grants", async () => {
    const { holder, builtInRole, ownerAccess, invitation, token } = await invited();
    const viewer = await holder(withNeeds("members.view"));
    const lacking = await executeAction(resendInvitationAction, sessionOf(viewer.member.id), form({ invitationId: invitation.id }), db);
    expect(lacking).toMatchObject({ ok: false, code: "forbidden", formError: expect.stringContaining("Invite members") as string });

    // An inviter who holds less than Admin cannot resend an invitation to be an Admin.
    const admin = await builtInRole("admin");
    const adminInvite = await inviteMember(db, ownerAccess, { email: address(), roleId: admin.id });
    const inviter = await holder(withNeeds("members.invite"));
    const beyond = await executeAction(resendInvitationAction, sessionOf(inviter.member.id), form({ invitationId: adminInvite.invitation.id }), db);
    expect(beyond).toMatchObject({ ok: false, code: "forbidden", formError: expect.stringMatching(/^You can't resend an invitation/) as string });
    expect((await rowOf(invitation.id)).tokenHash).toBe(hashInvitationToken(token));
    expect((await rowOf(adminInvite.invitation.id)).tokenHash).toBe(hashInvitationToken(adminInvite.token));
  });

  it("counts against the inviter's hourly allowance, as inviting does", async () => {
    const { ownerAccess, invitation } = await invited();
    // The invitation itself took one use.
    for (let i = 1; i < RATE_LIMITS.invitationsPerMember.limit; i++) await resendInvitation(db, ownerAccess, { invitationId: invitation.id });
    const before = (await rowOf(invitation.id)).tokenHash;
    expect((await refusal(resendInvitation(db, ownerAccess, { invitationId: invitation.id }), "rate_limited")).message).toBe(
      RATE_LIMITS.invitationsPerMember.message,
    );
    expect((await rowOf(invitation.id)).tokenHash).toBe(before);
  });

  it("refuses when the address joined meanwhile, or a newer invitation to it is pending", async () => {
    const { ownerAccess, agent, email, invitation } = await invited(new Date("2025-01-01T10:00:00Z"));
    // The first expired; a second was sent and is pending.
    const second = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    expect((await refusal(resendInvitation(db, ownerAccess, { invitationId: invitation.id }), "conflict")).message).toMatch(/newer pending invitation/);
    await acceptInvitation(db, { token: second.token, name: "Joined Meanwhile", password: PASSWORD });
    expect((await refusal(resendInvitation(db, ownerAccess, { invitationId: invitation.id }), "conflict")).message).toMatch(/already a member/);
  });
});

describe("an invitation sent while SMTP is down", () => {
  it("waits, is retried after the backoff, and arrives exactly once with a link that works", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const email = address();
    // What the tests above queued is out of the way first.
    await deliverDue(db, { name: "local mailbox", send: async () => {} }, { limit: 1_000 });
    const down = await startSmtpSink();
    const downUrl = down.url;
    await down.stop();

    const { invitation, token } = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    const now = new Date();
    expect(await deliverDue(db, smtpTransport(downUrl), { now })).toMatchObject({ sent: 0, retrying: 1 });
    const [waiting] = await mailTo(email);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();

    const up = await startSmtpSink();
    try {
      // Not before the backoff ends.
      expect(await deliverDue(db, smtpTransport(up.url), { now })).toMatchObject({ sent: 0 });
      const later = new Date(now.getTime() + RETRY_DELAYS_MS[0]);
      expect(await deliverDue(db, smtpTransport(up.url), { now: later })).toMatchObject({ sent: 1 });
      expect(await deliverDue(db, smtpTransport(up.url), { now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ sent: 0 });

      const arrived = await up.waitFor((m) => m.to === email);
      expect(up.received.filter((m) => m.to === email)).toHaveLength(1);
      const link = arrived.text.match(/https?:\/\/\S+\/invite\/([A-Za-z0-9_-]{43})/);
      expect(link?.[1]).toBe(token);
      expect(hashInvitationToken(link![1])).toBe((await rowOf(invitation.id)).tokenHash);
      const { member } = await acceptInvitation(db, { token: link![1], name: "Through The Outage", password: PASSWORD });
      expect(member.email).toBe(email);
      expect((await mailTo(email))[0]).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    } finally {
      await up.stop();
    }
  });
});
