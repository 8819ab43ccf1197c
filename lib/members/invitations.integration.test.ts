import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { moveInvitationsToRole } from "@/db/queries/invitations";
import { openNotices } from "@/db/queries/notices";
import { noticeText } from "@/lib/notices/wording";
import { auditEvents, emails, invitations, members } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { checkCredentials } from "@/lib/auth/credentials";
import { loadAccess } from "@/lib/authz/check";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, ownerOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { acceptInvitationForm } from "./accept-form";
import { inviteMemberAction, revokeInvitationAction } from "./actions";
import { hashInvitationToken } from "./invitation-token";
import { acceptInvitation, findInvitationByToken, inviteMember, revokeInvitation } from "./invitations";

const db = useFreshDatabase();

let serial = 0;
const address = () => `new.person.${process.pid}.${++serial}@example.test`;
const PASSWORD = "correct horse battery";

async function invitationRow(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  return row;
}

async function memberCount(orgId: string) {
  const [row] = await db.select({ total: count() }).from(members).where(eq(members.orgId, orgId));
  return row.total;
}

describe("inviteMember", () => {
  it("stores only the token's SHA-256, expires in 7 days, and audits the invitation", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const email = address();
    const now = new Date("2025-03-01T10:00:00Z");
    const { invitation, token } = await inviteMember(db, ownerAccess, { email, roleId: agent.id }, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await invitationRow(invitation.id);
    expect(row).toMatchObject({ orgId: org.id, email, roleId: agent.id, invitedById: ownerAccess.memberId, acceptedAt: null, revokedAt: null });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.toISOString()).toBe("2025-03-08T10:00:00.000Z");
    const [event] = await auditOf(db, org.id, "member.invited");
    expect(event).toMatchObject({
      actorId: ownerAccess.memberId,
      targetId: invitation.id,
      targetName: email,
      details: { lines: ["Role: Agent", "Link expires 8 Mar 2025"] },
    });
  });

  it("emails the invitation, with the inviter, the organisation, the role and the link, in the same transaction", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const email = address();
    const { token } = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    const queued = await db.select().from(emails).where(eq(emails.to, email));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      orgId: org.id,
      kind: "invitation",
      status: "queued",
      subject: `${ownerAccess.name} invited you to join ${org.name} on Switchboard`,
    });
    expect(queued[0].data).toMatchObject({ inviterName: ownerAccess.name, orgName: org.name, roleName: "Agent" });
    expect(queued[0].data.link).toMatch(new RegExp(`/invite/${token}$`));
    // A refused invitation (already pending) queues nothing more.
    await refusal(inviteMember(db, ownerAccess, { email, roleId: agent.id }), "invalid");
    expect(await db.select().from(emails).where(eq(emails.to, email))).toHaveLength(1);
  });

  it("returns the link with the invitation message through the action", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const result = await executeAction(
      inviteMemberAction,
      sessionOf(ownerAccess.memberId),
      form({ email: `  ${address().toUpperCase()} `, roleId: agent.id }),
      db,
    );
    expect(result).toMatchObject({ ok: true, inviteLink: expect.stringMatching(/^\/invite\/[A-Za-z0-9_-]{43}$/) });
    const link = result.ok && "inviteLink" in result ? String(result.inviteLink) : "";
    const token = link.split("/").pop()!;
    expect((await findInvitationByToken(db, token))?.email).toMatch(/^new\.person\..*@example\.test$/);
  });

  it("is refused without Invite members, and for another organisation's role", async () => {
    const { holder, builtInRole } = await ownerOrg(db);
    const { access } = await holder(withNeeds("members.edit"));
    const agent = await builtInRole("agent");
    expect(await executeAction(inviteMemberAction, sessionOf(access.memberId), form({ email: address(), roleId: agent.id }), db)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const elsewhere = await ownerOrg(db);
    await refusal(inviteMember(db, elsewhere.ownerAccess, { email: address(), roleId: agent.id }), "not_found");
  });

  it("validates the address", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const result = await executeAction(inviteMemberAction, sessionOf(ownerAccess.memberId), form({ email: "not an email", roleId: agent.id }), db);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: ["Enter a valid email address."] } });
  });

  it("refuses a role granting more than the inviter holds, and creates nothing", async () => {
    const { org, holder, builtInRole } = await ownerOrg(db);
    const { access } = await holder(withNeeds("members.invite"));
    const agent = await builtInRole("agent");
    const error = await refusal(inviteMember(db, access, { email: address(), roleId: agent.id }), "forbidden");
    expect(error.message).toMatch(/^You can't grant permissions you don't hold yourself: View numbers/);
    expect(await db.select().from(invitations).where(eq(invitations.orgId, org.id))).toEqual([]);
    expect(await auditOf(db, org.id)).toEqual([]);
  });

  it("lets only an Owner invite an Owner", async () => {
    const { member, ownerAccess, builtInRole } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const owner = await builtInRole("owner");
    expect((await refusal(inviteMember(db, admin, { email: address(), roleId: owner.id }), "forbidden")).message).toBe("Only an Owner can invite an Owner.");
    await inviteMember(db, admin, { email: address(), roleId: (await builtInRole("admin")).id });
    await inviteMember(db, ownerAccess, { email: address(), roleId: owner.id });
  });

  it("answers an address with an account in another organisation exactly as a new one, so no one can probe who uses Switchboard", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const elsewhere = await ownerOrg(db);
    const fresh = address();
    const answer = async (email: string) => {
      const result = await executeAction(inviteMemberAction, sessionOf(ownerAccess.memberId), form({ email, roleId: agent.id }), db);
      return JSON.stringify(result)
        .replaceAll(email, "<address>")
        .replace(/\/invite\/[A-Za-z0-9_-]{43}/, "/invite/<token>");
    };
    const forExisting = await answer(elsewhere.owner.email);
    expect(forExisting).toBe(await answer(fresh));
    expect(forExisting).toContain('"ok":true');
    const invited = await db.select().from(invitations).where(eq(invitations.orgId, org.id));
    expect(invited.map((row) => row.email).sort()).toEqual([elsewhere.owner.email, fresh].sort());
    expect((await auditOf(db, org.id, "member.invited")).map((event) => event.targetName).sort()).toEqual([elsewhere.owner.email, fresh].sort());
  });

  it("refuses an address that is already a member of this organisation", async () => {
    const { ownerAccess, builtInRole, member } = await ownerOrg(db);
    const teammate = await member("agent");
    const error = await refusal(inviteMember(db, ownerAccess, { email: teammate.email, roleId: (await builtInRole("agent")).id }), "invalid");
    expect(error.fieldErrors).toEqual({ email: [`${teammate.email} is already a member of this team.`] });
  });

  it("refuses a second pending invitation to one address until the first is revoked or expired", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const agent = await builtInRole("agent");
    const email = address();
    const first = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    await refusal(inviteMember(db, ownerAccess, { email, roleId: agent.id }), "invalid");
    await revokeInvitation(db, ownerAccess, { invitationId: first.invitation.id });
    const second = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, second.invitation.id));
    await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    expect(await db.select().from(invitations).where(eq(invitations.orgId, org.id))).toHaveLength(3);
  });

  it("refuses a custom role on a plan without custom roles", async () => {
    const { ownerAccess, customRole } = await ownerOrg(db, "starter");
    const role = await customRole("Leads", ["members.view"]);
    await refusal(inviteMember(db, ownerAccess, { email: address(), roleId: role.id }), "plan");
  });
});

describe("revokeInvitation", () => {
  it("revokes once, audits it, and the link stops working", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const { invitation, token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    const result = await executeAction(revokeInvitationAction, sessionOf(ownerAccess.memberId), form({ invitationId: invitation.id }), db);
    expect(result).toMatchObject({ ok: true, message: `Revoked the invitation for ${invitation.email}. Its link no longer works.` });
    expect((await invitationRow(invitation.id)).revokedAt).not.toBeNull();
    expect(await revokeInvitation(db, ownerAccess, { invitationId: invitation.id })).toMatchObject({ changed: false });
    expect(await auditOf(db, org.id, "invitation.revoked")).toHaveLength(1);
    const error = await refusal(acceptInvitation(db, { token, name: "Late Comer", password: PASSWORD }), "conflict");
    expect(error.message).toBe("This invitation was withdrawn. Ask the person who invited you for a new one.");
  });

  it("is not found from another organisation, and refused without Invite members", async () => {
    const { ownerAccess, holder, builtInRole } = await ownerOrg(db);
    const { invitation } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    const elsewhere = await ownerOrg(db);
    await refusal(revokeInvitation(db, elsewhere.ownerAccess, { invitationId: invitation.id }), "not_found");
    const { access } = await holder(withNeeds("members.deactivate"));
    expect(await executeAction(revokeInvitationAction, sessionOf(access.memberId), form({ invitationId: invitation.id }), db)).toMatchObject({
      code: "forbidden",
    });
    expect((await invitationRow(invitation.id)).revokedAt).toBeNull();
  });

  it("refuses an Admin revoking an invitation to be an Owner", async () => {
    const { ownerAccess, member, builtInRole } = await ownerOrg(db);
    const { invitation } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("owner")).id });
    const admin = await accessOf(db, (await member("admin")).id);
    await refusal(revokeInvitation(db, admin, { invitationId: invitation.id }), "forbidden");
  });

  it("refuses revoking an accepted invitation", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const { invitation, token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    await acceptInvitation(db, { token, name: "Quick Joiner", password: PASSWORD });
    await refusal(revokeInvitation(db, ownerAccess, { invitationId: invitation.id }), "conflict");
  });
});

describe("acceptInvitation", () => {
  it("creates the member with the invitation's role and password, once, with an audit entry", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db);
    const role = await customRole("Night shift", ["members.view", "numbers.view"]);
    const email = address();
    const { invitation, token } = await inviteMember(db, ownerAccess, { email, roleId: role.id });
    const { member } = await acceptInvitation(db, { token, name: "Nina Night", password: PASSWORD });
    expect(member).toMatchObject({ orgId: org.id, email, name: "Nina Night", roleId: role.id, status: "active" });
    expect(await checkCredentials(db, { email, password: PASSWORD })).toMatchObject({ id: member.id });
    expect((await loadAccess(db, member.id))?.role.name).toBe("Night shift");
    expect((await invitationRow(invitation.id)).acceptedAt).not.toBeNull();
    const [event] = await auditOf(db, org.id, "invitation.accepted");
    expect(event).toMatchObject({ actorId: member.id, actorName: "Nina Night", targetId: member.id, targetName: "Night shift" });
    expect(event.details.lines).toEqual([`Email: ${email}`, `Invited by ${ownerAccess.name}`]);

    const again = await refusal(acceptInvitation(db, { token, name: "Someone Else", password: PASSWORD }), "conflict");
    expect(again.message).toBe("This invitation has already been used. Sign in with the email address it was sent to.");
    expect(await memberCount(org.id)).toBe(2);
  });

  it("tells every other active Owner when the new member's role grants sensitive permissions", async () => {
    const { org, owner, member, builtInRole } = await ownerOrg(db);
    const admin = await member("admin");
    const secondOwner = await member("owner");
    const { token } = await inviteMember(db, await accessOf(db, admin.id), { email: address(), roleId: (await builtInRole("admin")).id });
    const { member: joined } = await acceptInvitation(db, { token, name: "Nora New", password: PASSWORD });
    for (const told of [owner, secondOwner]) {
      const notices = await openNotices(db, org.id, told.id);
      expect(notices.map(noticeText)).toEqual([
        `Nora New was given sensitive permissions by ${admin.name}: Manage roles, Export reports, Delete recordings, Manage API keys and Manage webhooks.`,
      ]);
    }
    // The inviter chose the role and the new member has nothing to compare with: neither is told.
    expect(await openNotices(db, org.id, admin.id)).toEqual([]);
    expect(await openNotices(db, org.id, joined.id)).toEqual([]);
  });

  it("refuses an expired link and an unknown one", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const { token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id }, new Date("2025-01-01T00:00:00Z"));
    const expired = await refusal(acceptInvitation(db, { token, name: "Too Late", password: PASSWORD }), "conflict");
    expect(expired.message).toBe("This invitation expired on 8 Jan 2025. Ask the person who invited you for a new one.");
    await refusal(acceptInvitation(db, { token: `${token}x`, name: "Guesser", password: PASSWORD }), "not_found");
  });

  it("refuses when the address got an account meanwhile, and writes nothing", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const email = address();
    const { invitation, token } = await inviteMember(db, ownerAccess, { email, roleId: (await builtInRole("agent")).id });
    const other = await ownerOrg(db);
    const first = await inviteMember(db, other.ownerAccess, { email, roleId: (await other.builtInRole("agent")).id });
    await acceptInvitation(db, { token: first.token, name: "Double Booked", password: PASSWORD });
    await refusal(acceptInvitation(db, { token, name: "Double Booked", password: PASSWORD }), "conflict");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeNull();
    expect(await memberCount(org.id)).toBe(1);
  });

  it("tells the invitee an address with an account elsewhere can't join, and changes nothing the inviter sees", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const elsewhere = await ownerOrg(db);
    const { invitation, token } = await inviteMember(db, ownerAccess, { email: elsewhere.owner.email, roleId: (await builtInRole("agent")).id });
    const result = await acceptInvitationForm(db, form({ token, name: "Second Job", password: PASSWORD, confirmPassword: PASSWORD }));
    expect(result).toEqual({
      ok: false,
      code: "conflict",
      formError:
        "This email address already has a Switchboard account, and an address can belong to only one organisation. Sign in with that account, or ask the person who invited you to invite a different address.",
    });
    expect(await invitationRow(invitation.id)).toMatchObject({ acceptedAt: null, revokedAt: null });
    expect(await memberCount(org.id)).toBe(1);
    expect((await auditOf(db, org.id)).map((event) => event.action)).toEqual(["member.invited"]);
    expect(await memberCount(elsewhere.org.id)).toBe(1);
  });

  it("writes nothing when the audit entry fails: member, acceptance and audit are one transaction", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const { invitation, token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    await expect(acceptInvitation(failingAudit(db), { token, name: "Half Done", password: PASSWORD })).rejects.toThrow("audit unavailable");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeNull();
    expect(await memberCount(org.id)).toBe(1);
    const { member } = await acceptInvitation(db, { token, name: "Whole Done", password: PASSWORD });
    expect(member.name).toBe("Whole Done");
  });

  it("refuses an invisible or mixed-script name on the accept form, and the link still works", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const { token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    const accept = (name: string) => acceptInvitationForm(db, form({ token, name, password: PASSWORD, confirmPassword: PASSWORD }));
    expect(await accept("\u041Ewner")).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["“Оwner” mixes Cyrillic and Latin letters. Write each word in one alphabet."] },
    });
    expect(await accept("Owner\u1160")).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Names can't contain invisible characters, such as Hangul fillers or variation selectors."] },
    });
    expect(await accept("Ελένη")).toMatchObject({ ok: true, name: "Ελένη" });
  });

  it("validates the form: name, password length and confirmation", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const { token } = await inviteMember(db, ownerAccess, { email: address(), roleId: (await builtInRole("agent")).id });
    const short = await acceptInvitationForm(db, form({ token, name: " ", password: "short", confirmPassword: "short" }));
    expect(short).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: ["Enter a name."], password: ["Use at least 12 characters."] } });
    const mismatch = await acceptInvitationForm(db, form({ token, name: "Max", password: PASSWORD, confirmPassword: `${PASSWORD}!` }));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The passwords don't match."] } });
    expect(await acceptInvitationForm(db, form({ token, name: "Max Mustermann", password: PASSWORD, confirmPassword: PASSWORD }))).toMatchObject({
      ok: true,
      name: "Max Mustermann",
    });
    expect(await acceptInvitationForm(db, form({ token, name: "Max", password: PASSWORD, confirmPassword: PASSWORD }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("moveInvitationsToRole", () => {
  it("moves only that organisation's invitations of that role", async () => {
    const { org, ownerAccess, customRole, builtInRole } = await ownerOrg(db);
    const role = await customRole("Temporary", ["members.view"]);
    const agent = await builtInRole("agent");
    const moved = await inviteMember(db, ownerAccess, { email: address(), roleId: role.id });
    const kept = await inviteMember(db, ownerAccess, { email: address(), roleId: agent.id });
    const elsewhere = await ownerOrg(db);
    expect(await moveInvitationsToRole(db, elsewhere.org.id, role.id, (await elsewhere.builtInRole("agent")).id)).toEqual([]);
    expect((await moveInvitationsToRole(db, org.id, role.id, agent.id)).map((r) => r.id)).toEqual([moved.invitation.id]);
    expect((await invitationRow(moved.invitation.id)).roleId).toBe(agent.id);
    expect((await invitationRow(kept.invitation.id)).roleId).toBe(agent.id);
  });
});

/** The database, except that writing an audit entry inside a transaction fails. */
function failingAudit(real: Db): Db {
  const tx = (inner: Db) =>
    new Proxy(inner, {
      get(target, property, receiver) {
        if (property === "insert") {
          return (table: unknown) => {
            if (table === auditEvents) throw new Error("audit unavailable");
            return target.insert(table as never);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === "transaction") {
        return (work: (inner: Db) => Promise<unknown>) => target.transaction((inner) => work(tx(inner as unknown as Db)));
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
