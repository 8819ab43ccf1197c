// Single sign-on against a real OpenID Provider (oidc-provider, in this process): discovery,
// authorization code + PKCE, state and nonce, the id_token verified; just-in-time members;
// the attacks on the callback (state, nonce, replay, another organisation's domain).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, directoryGroups, members, ssoSignIns } from "@/db/schema";
import { checkCredentials, SsoRequiredError } from "@/lib/auth/credentials";
import { hashLinkToken } from "@/lib/crypto/link-token";
import { saveMapping } from "@/lib/directory/groups";
import { addMember } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg } from "@/test/fixtures";
import { DEMO_DIRECTORY, startIdp, type Idp } from "@/test/idp";
import { signInAtIdp } from "@/test/idp-browser";
import { addDomain, saveConnection, setSsoRequirement, verifyDomain } from "./service";
import { completeSso, redeemSsoTicket, ssoRedirectUri, SsoError, startSso } from "./sign-in";

const db = useFreshDatabase();
const CLIENT = { clientId: "switchboard-test", clientSecret: "test-client-secret-0123456789" };
let idp: Idp;

beforeAll(async () => {
  // The demo directory, and the same people again on a domain of their own for the mapping test.
  const mapped = DEMO_DIRECTORY.map((user) => ({ ...user, email: user.email.replace("sso-demo.test", "mapped.test") }));
  idp = await startIdp({ port: 0, clients: [{ ...CLIENT, redirectUris: [ssoRedirectUri()] }], users: [...DEMO_DIRECTORY, ...mapped] });
});
afterAll(async () => idp?.close());

const dnsSaysYes = async () => true;

/** An Enterprise organisation whose Owner set up SSO for `domain`, verified, Agent by default. */
async function ssoOrg(domain: string) {
  const org = await makeOrg(db, "enterprise");
  const owner = await org.member("owner");
  const actor = await accessOf(db, owner.id);
  const agent = await org.builtInRole("agent");
  await saveConnection(db, actor, { orgId: org.org.id, issuer: idp.issuer, ...CLIENT });
  const row = await addDomain(db, actor, { orgId: org.org.id, domain });
  await verifyDomain(db, actor, { orgId: org.org.id, domainId: row.id }, dnsSaysYes);
  return { ...org, owner, actor, agent };
}

/** Starts at the app, signs in at the provider as `login`, and returns the callback URL and this browser's state cookie. */
async function roundTrip(email: string, login = email) {
  const started = await startSso(db, { email, callbackUrl: "/numbers" });
  const url = await signInAtIdp(started.url, login, ssoRedirectUri());
  return { url, cookieState: started.state };
}

async function reasonOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SsoError) return error.reason;
    throw error;
  }
  return "no error";
}

describe("single sign-on through a real identity provider", () => {
  it("provisions a new directory user just in time with the default role, audits it with their groups, and signs them in once", async () => {
    const org = await ssoOrg("jit-one.test");
    const back = await roundTrip("ada@jit-one.test");
    const done = await completeSso(db, back);
    expect(done.callbackUrl).toBe("/numbers");
    const [member] = await db.select().from(members).where(eq(members.id, done.memberId));
    expect(member).toMatchObject({ orgId: org.org.id, email: "ada@jit-one.test", roleId: org.agent.id, status: "active" });
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.org.id), eq(auditEvents.targetId, member.id)));
    expect(audit.map((e) => e.action).sort()).toEqual(["sso.member_joined", "sso.signed_in"]);
    // Any login not among the demo users has no groups; the demo directory's do (below).
    expect(audit.find((e) => e.action === "sso.signed_in")?.details.lines).toEqual(["No directory groups in the id_token"]);

    const session = await redeemSsoTicket(db, done.ticket, "vitest", "127.0.0.1");
    expect(session).toMatchObject({ id: member.id, epoch: 0 });
    expect(await redeemSsoTicket(db, done.ticket, "vitest", "127.0.0.1")).toBeNull();
  });

  it("passes the id_token's groups claim on, and signs in an existing member without joining them again", async () => {
    const org = await ssoOrg("sso-demo.test");
    const first = await completeSso(db, await roundTrip("ada@sso-demo.test"));
    const again = await completeSso(db, await roundTrip("ada@sso-demo.test"));
    expect(again.memberId).toBe(first.memberId);
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.org.id), eq(auditEvents.action, "sso.signed_in")));
    expect(audit.map((e) => e.details.lines)).toEqual([["Directory groups: Support Leads, Everyone"], ["Directory groups: Support Leads, Everyone"]]);
    const joined = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.org.id), eq(auditEvents.action, "sso.member_joined")));
    expect(joined).toHaveLength(1);
  });

  it("lets the groups claim decide the role through the directory mapping, at every sign-in", async () => {
    const org = await ssoOrg("mapped.test");
    const leads = await org.customRole("Support Lead", ["members.view"]);
    const staff = await org.customRole("Staff", ["analytics.view"]);
    // Ada's first sign-in brings her groups ("Support Leads", "Everyone") into the organisation.
    const ada = await completeSso(db, await roundTrip("ada@mapped.test"));
    const groups = await db.select().from(directoryGroups).where(eq(directoryGroups.orgId, org.org.id));
    const groupId = (name: string) => groups.find((g) => g.displayName === name)!.id;
    await saveMapping(db, org.actor, {
      mappings: [
        { groupId: groupId("Support Leads"), roleId: leads.id },
        { groupId: groupId("Everyone"), roleId: staff.id },
      ],
      defaultRoleId: null,
    });
    // Linus (only "Everyone") joins just in time and his claim maps him to Staff on the spot.
    const linus = await completeSso(db, await roundTrip("linus@mapped.test"));
    const roleOf = async (id: string) => (await db.select({ roleId: members.roleId }).from(members).where(eq(members.id, id)))[0].roleId;
    expect(await roleOf(linus.memberId)).toBe(staff.id);
    // Ada signs in again: Support Leads comes first.
    await completeSso(db, await roundTrip("ada@mapped.test"));
    expect(await roleOf(ada.memberId)).toBe(leads.id);
  });

  it("refuses a replayed callback", async () => {
    await ssoOrg("replay.test");
    const back = await roundTrip("bo@replay.test");
    await completeSso(db, back);
    expect(await reasonOf(completeSso(db, back))).toBe("expired");
  });

  it("refuses a callback whose state is not this browser's, or names no trip", async () => {
    await ssoOrg("state.test");
    const back = await roundTrip("cy@state.test");
    expect(await reasonOf(completeSso(db, { url: back.url, cookieState: "someone-elses-state" }))).toBe("state");
    expect(await reasonOf(completeSso(db, { url: back.url, cookieState: null }))).toBe("state");
    const forged = new URL(back.url);
    forged.searchParams.set("state", "forged-state");
    expect(await reasonOf(completeSso(db, { url: forged, cookieState: "forged-state" }))).toBe("expired");
  });

  it("refuses an id_token whose nonce is not the trip's", async () => {
    await ssoOrg("nonce.test");
    const back = await roundTrip("di@nonce.test");
    await db
      .update(ssoSignIns)
      .set({ nonce: "not-the-nonce-sent" })
      .where(eq(ssoSignIns.stateHash, hashLinkToken(back.cookieState)));
    expect(await reasonOf(completeSso(db, back))).toBe("provider");
  });

  it("refuses an id_token for an address in another organisation's domain, and one in no verified domain", async () => {
    await ssoOrg("tenant-a.test");
    const other = await ssoOrg("tenant-b.test");
    // The provider of tenant A vouches for someone of tenant B's domain: nobody joins B that way.
    expect(await reasonOf(completeSso(db, await roundTrip("eve@tenant-a.test", "eve@tenant-b.test")))).toBe("domain");
    expect(await reasonOf(completeSso(db, await roundTrip("eve@tenant-a.test", "eve@unverified.test")))).toBe("domain");
    const intoB = await db.select().from(members).where(eq(members.orgId, other.org.id));
    expect(intoB.map((m) => m.email)).not.toContain("eve@tenant-b.test");
  });

  it("does not sign in an address that already belongs to another organisation", async () => {
    await ssoOrg("taken.test");
    const elsewhere = await makeOrg(db, "business");
    await addMember(db, elsewhere.org.id, { name: "Fay", email: "fay@taken.test", password: "x", roleKind: "agent" }, "unused-hash");
    expect(await reasonOf(completeSso(db, await roundTrip("fay@taken.test")))).toBe("account");
  });

  it("sends nobody to a provider for an unverified domain, or on a plan without single sign-on", async () => {
    const org = await ssoOrg("verified.test");
    const pending = await addDomain(db, org.actor, { orgId: org.org.id, domain: "pending.test" });
    expect(pending.verifiedAt).toBeNull();
    expect(await reasonOf(startSso(db, { email: "gil@pending.test", callbackUrl: "/" }))).toBe("unavailable");
    const business = await makeOrg(db, "business");
    const owner = await accessOf(db, (await business.member("owner")).id);
    await expect(saveConnection(db, owner, { orgId: business.org.id, issuer: idp.issuer, ...CLIENT })).rejects.toMatchObject({
      code: "plan",
    });
  });

  it("joins just in time with the organisation's one default role, which is never Owner", async () => {
    const org = await ssoOrg("one-default.test");
    const staff = await org.customRole("Staff", ["members.view"]);
    const ownerRole = await org.builtInRole("owner");
    await expect(saveMapping(db, org.actor, { mappings: [], defaultRoleId: ownerRole.id })).rejects.toMatchObject({ code: "forbidden" });
    await saveMapping(db, org.actor, { mappings: [], defaultRoleId: staff.id });
    const joined = await completeSso(db, await roundTrip("someone@one-default.test"));
    const [row] = await db.select({ roleId: members.roleId }).from(members).where(eq(members.id, joined.memberId));
    expect(row.roleId).toBe(staff.id);
  });

  it("refuses an issuer that does not answer discovery", async () => {
    const org = await ssoOrg("bad-issuer.test");
    await expect(saveConnection(db, org.actor, { orgId: org.org.id, issuer: "http://127.0.0.1:9/nothing", ...CLIENT })).rejects.toMatchObject({
      code: "invalid",
    });
  });
});

describe("require SSO", () => {
  it("refuses a member's right password with SsoRequiredError and lets an Owner in with theirs (break-glass)", async () => {
    const org = await ssoOrg("required.test");
    const password = "correct horse battery staple";
    await addMember(db, org.org.id, { name: "Member", email: "member@required.test", password, roleKind: "agent" });
    await addMember(db, org.org.id, { name: "Owner Two", email: "owner@required.test", password, roleKind: "owner" });
    await setSsoRequirement(db, org.actor, { orgId: org.org.id, required: true });
    await expect(checkCredentials(db, { email: "member@required.test", password })).rejects.toBeInstanceOf(SsoRequiredError);
    // A wrong password learns nothing about SSO: the same null as always.
    expect(await checkCredentials(db, { email: "member@required.test", password: "wrong" })).toBeNull();
    expect(await checkCredentials(db, { email: "owner@required.test", password })).toMatchObject({ email: "owner@required.test" });
    await setSsoRequirement(db, org.actor, { orgId: org.org.id, required: false });
    expect(await checkCredentials(db, { email: "member@required.test", password })).toMatchObject({ email: "member@required.test" });
  });

  it("cannot be turned on before a domain is verified", async () => {
    const org = await makeOrg(db, "enterprise");
    const actor = await accessOf(db, (await org.member("owner")).id);
    await expect(setSsoRequirement(db, actor, { orgId: org.org.id, required: true })).rejects.toMatchObject({ code: "invalid" });
  });
});
