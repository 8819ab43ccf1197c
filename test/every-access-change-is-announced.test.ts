// Every way a member's effective permissions can change, generated from the action registry
// (and the public actions) and proved complete against it: each goes through the real wrapper
// and writes an audit entry, role history and the notices (the member told what they gained and
// lost when they can read it; every other active Owner told of any sensitive permission gained).
// A static check keeps the writes that change access inside lib/roles/access-change.ts.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditEvents, memberNotices, members, organizations, roleMemberChanges, roleVersions, type AuditAction } from "@/db/schema";
import { addGroupMembers, insertGroup } from "@/db/queries/directory";
import { executeAction, type ActionResult } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { acceptInvitationForm } from "@/lib/members/accept-form";
import { inviteMember } from "@/lib/members/invitations";
import type { PreviewResult } from "@/lib/roles/actions";
import { updateRole } from "@/lib/roles/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, form, makeOrg, sessionOf, setStatus, withNeeds } from "@/test/fixtures";
import { callsIn, calledNames, calleeName, checkServerActionFile, listFiles, parse, read } from "./app-source";

const db = useFreshDatabase();

const EXPORTERS = withNeeds("members.view", "analytics.export");

/** What each change must leave behind, beyond its audit entry and history. */
type Expect = { audit: AuditAction; memberTold: boolean; ownersTold: boolean };
type Scenario = {
  /** Brings the scene to where the change starts; what it writes is not counted. */
  setup?: (s: Scene) => Promise<unknown>;
  run: (s: Scene) => Promise<ActionResult>;
  subject: (s: Scene) => string;
  expect: Expect;
};
type Scene = Awaited<ReturnType<typeof scene>>;

/** An Owner who acts, another who listens, an Agent, a holder of a role granting Export reports, a deactivated Admin. */
async function scene() {
  const org = await makeOrg(db, "business");
  const owner = await org.member("owner");
  const listener = await org.member("owner");
  const agent = await org.member("agent");
  const exporters = await org.customRole("Exporters", EXPORTERS);
  const holder = await org.member({ roleId: exporters.id });
  const resting = await org.member("admin", "deactivated");
  return { org, owner, listener, agent, exporters, holder, resting, session: sessionOf(owner.id), joined: "" };
}

const action = (name: string) => {
  const found = ACTIONS.find((a) => a.name === name);
  if (!found) throw new Error(`no action ${name}`);
  return found;
};

const act = (s: Scene, name: string, fields: Record<string, string | string[]>) => executeAction(action(name), s.session, form(fields), db);

/** Registry actions that can change someone's effective permissions. */
const CHANGES: Record<string, Scenario> = {
  "members.assignRole": {
    run: (s) => act(s, "members.assignRole", { memberId: s.agent.id, roleId: s.exporters.id }),
    subject: (s) => s.agent.id,
    expect: { audit: "member.role_changed", memberTold: true, ownersTold: true },
  },
  "roles.bulkAssign": {
    async run(s) {
      const fields = { roleId: s.exporters.id, memberIds: [s.agent.id] };
      const preview = (await act(s, "roles.previewBulkAssign", fields)) as PreviewResult;
      return act(s, "roles.bulkAssign", { ...fields, token: preview.token! });
    },
    subject: (s) => s.agent.id,
    expect: { audit: "member.role_changed", memberTold: true, ownersTold: true },
  },
  "roles.update": {
    run: (s) =>
      act(s, "roles.update", {
        roleId: s.exporters.id,
        version: "1",
        name: "Exporters",
        description: "",
        permissions: withNeeds("members.view", "analytics.export", "recordings.delete"),
      }),
    subject: (s) => s.holder.id,
    expect: { audit: "role.updated", memberTold: true, ownersTold: true },
  },
  "roles.restoreVersion": {
    async setup(s) {
      // Version 2 still grants Export reports; version 3 takes it away.
      const owner = await accessOf(db, s.owner.id);
      const fields = { roleId: s.exporters.id, name: "Exporters", description: "" };
      await updateRole(db, owner, { ...fields, version: 1, permissions: withNeeds("members.view", "analytics.export", "billing.view") });
      await updateRole(db, owner, { ...fields, version: 2, permissions: withNeeds("members.view", "billing.view") });
    },
    run: (s) => act(s, "roles.restoreVersion", { roleId: s.exporters.id, fromVersion: "2", version: "3" }),
    subject: (s) => s.holder.id,
    expect: { audit: "role.restored", memberTold: true, ownersTold: true },
  },
  "roles.removeUnused": {
    run: (s) => act(s, "roles.removeUnused", { roleId: s.exporters.id, version: "1", remove: ["analytics.export"] }),
    subject: (s) => s.holder.id,
    expect: { audit: "role.updated", memberTold: true, ownersTold: false },
  },
  "roles.delete": {
    run: (s) => act(s, "roles.delete", { roleId: s.exporters.id, version: "1", memberCount: "1" }),
    subject: (s) => s.holder.id,
    expect: { audit: "role.deleted", memberTold: true, ownersTold: false },
  },
  "billing.changePlan": {
    // Down to Pro makes Exporters inactive; back up to Business gives Export reports again.
    setup: (s) => act(s, "billing.changePlan", { orgId: s.org.org.id, plan: "pro", inactiveRoles: "1", affectedMembers: "1" }),
    run: (s) => act(s, "billing.changePlan", { orgId: s.org.org.id, plan: "business" }),
    subject: (s) => s.holder.id,
    expect: { audit: "org.plan_changed", memberTold: true, ownersTold: true },
  },
  "billing.changePlan (down)": {
    run: (s) => act(s, "billing.changePlan", { orgId: s.org.org.id, plan: "pro", inactiveRoles: "1", affectedMembers: "1" }),
    subject: (s) => s.holder.id,
    expect: { audit: "org.plan_changed", memberTold: true, ownersTold: false },
  },
  "members.deactivate": {
    run: (s) => act(s, "members.deactivate", { memberId: s.holder.id }),
    subject: (s) => s.holder.id,
    // They cannot sign in to read it, and on their return it would contradict what they have.
    expect: { audit: "member.deactivated", memberTold: false, ownersTold: false },
  },
  "members.reactivate": {
    run: (s) => act(s, "members.reactivate", { memberId: s.resting.id }),
    subject: (s) => s.resting.id,
    // Coming back as an Admin gives sensitive permissions back: the Owners hear of it.
    expect: { audit: "member.reactivated", memberTold: false, ownersTold: true },
  },
  "roles.saveDirectoryMapping": {
    // Enterprise, and the agent in a directory group the mapping gives the Exporters role.
    setup: async (s) => {
      await db.update(organizations).set({ plan: "enterprise" }).where(eq(organizations.id, s.org.org.id));
      const group = await insertGroup(db, { orgId: s.org.org.id, displayName: "Exporters group", externalId: null });
      await addGroupMembers(db, s.org.org.id, group.id, [s.agent.id]);
      s.joined = group.id;
    },
    run: (s) => act(s, "roles.saveDirectoryMapping", { groupId: [s.joined], roleId: [s.exporters.id], priority: ["1"], defaultRoleId: "" }),
    subject: (s) => s.agent.id,
    expect: { audit: "member.role_changed", memberTold: true, ownersTold: true },
  },
};

/** Public actions (no signed-in member) that change access: accepting an invitation. */
const PUBLIC_CHANGES: Record<string, Scenario> = {
  acceptInvitationAction: {
    // The public action's body apart from signing in (lib/members/accept-form.ts).
    async run(s) {
      const { token } = await inviteMember(db, await accessOf(db, s.owner.id), {
        email: `joins-${process.pid}-${Date.now()}@example.test`,
        roleId: s.exporters.id,
      });
      const password = "a long enough password";
      const accepted = await acceptInvitationForm(db, form({ token, name: "Jo Joiner", password, confirmPassword: password }));
      if (!accepted.ok) return accepted;
      s.joined = (await db.select({ id: members.id }).from(members).where(eq(members.email, accepted.email)))[0].id;
      return { ok: true, message: `Welcome, ${accepted.name}.` };
    },
    subject: (s) => s.joined,
    // The new member has no earlier access to compare with, and accepted it themselves.
    expect: { audit: "invitation.accepted", memberTold: false, ownersTold: true },
  },
};

/** Everything else in the registry, and why it changes nobody's effective permissions. */
const UNCHANGING: Record<string, string> = {
  "roles.create": "a new role has no holders yet",
  "roles.previewUpdate": "a preview writes nothing",
  "roles.previewBulkAssign": "a preview writes nothing",
  "roles.confirmReview": "confirming a review leaves the role as it is",
  "members.invite": "an invitation grants nothing until it is accepted",
  "members.revokeInvitation": "a revoked invitation was never accepted",
  "members.resendInvitation": "a new link grants nothing until it is accepted",
  "members.updateProfile": "name, title and extension decide no permission",
  "account.changePassword": "a password change ends sessions, not permissions",
  "account.signOutOtherSessions": "signing out other sessions ends them, it changes no permission",
  "account.startTwoFactor": "two-factor changes how a member signs in, not what they may do",
  "account.confirmTwoFactor": "two-factor changes how a member signs in, not what they may do",
  "account.regenerateRecoveryCodes": "recovery codes decide no permission",
  "account.disableTwoFactor": "two-factor changes how a member signs in, not what they may do",
  "security.setTwoFactorRequirement": "requiring two-factor changes how members sign in; their permissions stay as they are",
  "audit.setRetention": "how long the audit log keeps entries decides no permission",
  "account.setEmailSettings": "which emails a member takes decides no permission",
  // Just-in-time members join in the SSO callback, through changeAccess (lib/sso/sign-in.ts), not through an action.
  "sso.saveConnection": "the identity provider and default role apply to people who join later",
  "sso.addDomain": "a domain changes where people sign in, not what members may do",
  "sso.verifyDomain": "a domain changes where people sign in, not what members may do",
  "sso.removeDomain": "a domain changes where people sign in, not what members may do",
  "sso.setRequirement": "requiring SSO changes how members sign in; their permissions stay as they are",
  "account.resendVerification": "a new verification link grants nothing",
  "account.dismissChecklist": "hiding the checklist changes only the Overview",
  "notices.dismiss": "dismissing a notice changes only the notice",
  "billing.updatePaymentMethod": "a card decides no permission",
  "callFlows.updateIvrMenu": "call flows decide no permission",
  "callFlows.updateRingGroup": "call flows decide no permission",
  "callFlows.updateHours": "call flows decide no permission",
  "callFlows.updateRouting": "call flows decide no permission",
  "messages.send": "messages decide no permission",
  "messages.start": "messages decide no permission",
  "templates.create": "templates decide no permission",
  "templates.update": "templates decide no permission",
  "templates.delete": "templates decide no permission",
  "numbers.purchase": "numbers decide no permission",
  "numbers.assign": "numbers decide no permission",
  "numbers.setCallerId": "numbers decide no permission",
  "recordings.delete": "recordings decide no permission",
  "integrations.connectCrm": "integrations decide no permission",
  "integrations.connectHelpdesk": "integrations decide no permission",
  "integrations.disconnectCrm": "integrations decide no permission",
  "integrations.disconnectHelpdesk": "integrations decide no permission",
  "apiKeys.create": "a key is capped at what its creator holds: it grants nobody anything",
  "apiKeys.revoke": "revoking a key takes nothing from any member",
  "webhooks.create": "an endpoint receives events; it grants nobody a permission",
  "webhooks.setEnabled": "turning an endpoint on or off changes only where events go",
  "webhooks.delete": "deleting an endpoint takes nothing from any member",
  "webhooks.redeliver": "sending an event again changes nobody's access",
  "security.createScimToken": "a token lets a directory provision members; it grants nobody a permission",
  "security.revokeScimToken": "revoking a token stops the directory; members keep their access",
  "roles.previewDirectoryMapping": "a preview writes nothing",
};

const PUBLIC_UNCHANGING: Record<string, string> = {
  signInAction: "signing in reads access, it does not change it",
  signOutAction: "signing out ends a session only",
  requestPasswordResetAction: "asking for a reset link changes nothing but the links",
  resetPasswordAction: "a password reset ends sessions, not permissions",
  verifyEmailAction: "a verified address lifts the wait on inviting and buying numbers; it grants no permission",
  // Nobody who exists gains or loses anything: a new organisation starts with its first Owner,
  // audited as org.created (lib/orgs/sign-up.integration.test.ts).
  signUpAction: "a new organisation's first Owner is created with it; no existing member's access changes",
};

describe("the list of access changes", () => {
  it("names every registered action once, as changing access or not", () => {
    const names = ACTIONS.map((a) => a.name);
    // A name may carry a second scenario after a space: "billing.changePlan (down)".
    const listed = [...new Set(Object.keys(CHANGES).map((key) => key.split(" ")[0])), ...Object.keys(UNCHANGING)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...new Set(names)].sort()).toEqual(listed.sort());
  });

  it("names every public action once, as changing access or not", () => {
    const exported = listFiles("app", (f) => /actions\.ts$/.test(f)).flatMap((file) => checkServerActionFile(read(file)).publicExports);
    expect(exported.sort()).toEqual([...Object.keys(PUBLIC_CHANGES), ...Object.keys(PUBLIC_UNCHANGING)].sort());
  });
});

const GUARDED_TABLES = ["members", "roles", "organizations"];

/** The writes that change who may do what: only lib/roles/access-change.ts calls them. */
const ACCESS_WRITES = [
  "setMembersRole",
  "setMemberRole",
  "reassignRole",
  "setMemberStatus",
  "setPlan",
  "updateRoleIfVersion",
  "deleteRoleIfVersion",
  "insertMember",
  "addMember",
];
// Demo data, organisation set-up and QA's throwaway organisations create members through
// addMember before anyone can be told.
const MAY_WRITE = new Set(["lib/roles/access-change.ts", "lib/orgs/service.ts", "db/seed.ts", "lib/qa/organizations.ts"]);

describe("the one path", () => {
  it("no request code writes a role, a status or a plan except through changeAccess", () => {
    const CODE = /\.(ts|tsx)$/;
    const source = [
      "proxy.ts",
      ...["app", "components", "lib", "db"].flatMap((dir) => listFiles(dir, (f) => CODE.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("db/queries/"))),
    ];
    const offenders = source.flatMap((file) => {
      const called = calledNames(read(file));
      const calls = ACCESS_WRITES.filter((name) => called.has(name));
      // lib/orgs/service.ts defines addMember and may call nothing else on the list.
      const allowed = MAY_WRITE.has(file) ? (file === "lib/roles/access-change.ts" ? ACCESS_WRITES : ["addMember"]) : [];
      return calls.filter((name) => !allowed.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });

  it("no request code updates members, roles or organisations with the query builder outside db/queries", () => {
    const CODE = /\.(ts|tsx)$/;
    const source = ["app", "components", "lib"].flatMap((dir) => listFiles(dir, (f) => CODE.test(f) && !/\.test\.tsx?$/.test(f)));
    const writesGuarded = (call: ts.CallExpression) => {
      const table = call.arguments[0];
      return ["update", "delete"].includes(calleeName(call) ?? "") && !!table && ts.isIdentifier(table) && GUARDED_TABLES.includes(table.text);
    };
    const offenders = source.filter((file) => callsIn(parse(read(file))).some(writesGuarded));
    expect(offenders).toEqual([]);
  });
});

async function counts(s: Scene, subject: string | undefined) {
  const orgId = s.org.org.id;
  const total = async (query: Promise<{ n: number }[]>) => (await query)[0].n;
  return {
    audit: await total(db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.orgId, orgId))),
    history:
      (await total(db.select({ n: count() }).from(roleMemberChanges).where(eq(roleMemberChanges.orgId, orgId)))) +
      (await total(db.select({ n: count() }).from(roleVersions).where(eq(roleVersions.orgId, orgId)))),
    memberTold: subject
      ? await total(
          db
            .select({ n: count() })
            .from(memberNotices)
            .where(and(eq(memberNotices.memberId, subject), eq(memberNotices.kind, "access_changed"))),
        )
      : 0,
    ownersTold: await total(
      db
        .select({ n: count() })
        .from(memberNotices)
        .where(and(eq(memberNotices.memberId, s.listener.id), eq(memberNotices.kind, "sensitive_granted"))),
    ),
    actorTold: await total(db.select({ n: count() }).from(memberNotices).where(eq(memberNotices.memberId, s.owner.id))),
  };
}

describe.each(Object.entries({ ...CHANGES, ...PUBLIC_CHANGES }))("%s", (_name, scenario) => {
  it("writes its audit entry, role history and the notices", async () => {
    const s = await scene();
    await scenario.setup?.(s);
    const before = await counts(s, scenario.subject(s) || undefined);
    const result = await scenario.run(s);
    expect(result).toMatchObject({ ok: true });
    const after = await counts(s, scenario.subject(s));
    const audited = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.orgId, s.org.org.id));
    expect(audited.map((a) => a.action)).toContain(scenario.expect.audit);
    expect(after.audit).toBeGreaterThan(before.audit);
    expect(after.history).toBeGreaterThan(before.history);
    expect(after.memberTold > before.memberTold).toBe(scenario.expect.memberTold);
    expect(after.ownersTold > before.ownersTold).toBe(scenario.expect.ownersTold);
    // The Owner who made the change is never told about it.
    expect(after.actorTold).toBe(before.actorTold);
  });
});

describe("deactivated members", () => {
  it("are not told of changes they cannot see; the Owners hear of the grant when the member returns", async () => {
    const s = await scene();
    await setStatus(db, s.agent.id, "deactivated");
    const admin = await s.org.builtInRole("admin");
    expect(await act(s, "members.assignRole", { memberId: s.agent.id, roleId: admin.id })).toMatchObject({ ok: true });
    const before = await counts(s, s.agent.id);
    expect(before).toMatchObject({ memberTold: 0, ownersTold: 0 });
    expect(await act(s, "members.reactivate", { memberId: s.agent.id })).toMatchObject({ ok: true });
    expect(await counts(s, s.agent.id)).toMatchObject({ memberTold: 0, ownersTold: 1 });
  });
});
