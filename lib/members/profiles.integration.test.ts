import { describe, expect, it } from "vitest";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { setMemberRole } from "@/db/queries/members";
import { executeAction } from "@/lib/action";
import { checkCredentials } from "@/lib/auth/credentials";
import { loadAccess } from "@/lib/authz/check";
import { addMember } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, memberRow, ownerOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { deactivateMemberAction, reactivateMemberAction, updateProfileAction } from "./actions";
import { setAccountStatus, STALE_PROFILE_MESSAGE, updateProfile } from "./profiles";

const db = useFreshDatabase();

async function profileOf(orgId: string, memberId: string) {
  return await findMemberProfile(db, orgId, memberId);
}

const versionOf = async (orgId: string, memberId: string) => (await profileOf(orgId, memberId)).version;

describe("updateProfile", () => {
  it("saves name, title and extension, and audits what changed", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    const result = await executeAction(
      updateProfileAction,
      sessionOf(ownerAccess.memberId),
      form({ memberId: agent.id, name: " Ada Lovelace ", title: "Team Lead", extension: "204", version: await versionOf(org.id, agent.id) }),
      db,
    );
    expect(result).toEqual({ ok: true, message: "Saved Ada Lovelace's profile." });
    expect(await profileOf(org.id, agent.id)).toMatchObject({ name: "Ada Lovelace", title: "Team Lead", extension: "204" });
    const [event] = await auditOf(db, org.id, "member.profile_updated");
    expect(event).toMatchObject({ targetId: agent.id, targetName: "Ada Lovelace" });
    expect(event.details.lines).toEqual([`Name: “${agent.name}” → “Ada Lovelace”`, "Title: none → “Team Lead”", "Extension: none → “204”"]);
  });

  it("clears title and extension when left empty, and does nothing when nothing changed", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    const first = await updateProfile(db, ownerAccess, {
      memberId: agent.id,
      name: agent.name,
      title: "Temp",
      extension: "300",
      version: await versionOf(org.id, agent.id),
    });
    expect(first.changed).toBe(true);
    const saved = await profileOf(org.id, agent.id);
    const cleared = await executeAction(
      updateProfileAction,
      sessionOf(ownerAccess.memberId),
      form({ memberId: agent.id, name: agent.name, title: "", extension: "", version: saved.version }),
      db,
    );
    expect(cleared).toMatchObject({ ok: true });
    const after = await profileOf(org.id, agent.id);
    expect(after).toMatchObject({ title: null, extension: null });
    expect(await updateProfile(db, ownerAccess, { memberId: agent.id, name: agent.name, title: null, extension: null, version: after.version })).toMatchObject({
      changed: false,
    });
    expect(await auditOf(db, org.id, "member.profile_updated")).toHaveLength(2);
  });

  it("keeps extensions unique within the organisation only", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const [a, b] = [await member("agent"), await member("agent")];
    await updateProfile(db, ownerAccess, { memberId: a.id, name: a.name, title: null, extension: "101", version: await versionOf(org.id, a.id) });
    const error = await refusal(
      updateProfile(db, ownerAccess, { memberId: b.id, name: b.name, title: null, extension: "101", version: await versionOf(org.id, b.id) }),
      "invalid",
    );
    expect(error.fieldErrors).toEqual({ extension: [`Extension 101 already belongs to ${a.name}.`] });
    expect((await profileOf(org.id, b.id)).extension).toBeNull();
    const other = await ownerOrg(db);
    const c = await other.member("agent");
    await updateProfile(db, other.ownerAccess, { memberId: c.id, name: c.name, title: null, extension: "101", version: await versionOf(other.org.id, c.id) });
  });

  it("refuses a stale form: the profile or the member's role changed since it was loaded", async () => {
    const { org, ownerAccess, member, builtInRole } = await ownerOrg(db);
    const agent = await member("agent");
    const loaded = await versionOf(org.id, agent.id);
    await updateProfile(db, ownerAccess, { memberId: agent.id, name: "First Edit", title: null, extension: null, version: loaded });
    const error = await refusal(
      updateProfile(db, ownerAccess, { memberId: agent.id, name: "Second Edit", title: null, extension: null, version: loaded }),
      "conflict",
    );
    expect(error.message).toBe(STALE_PROFILE_MESSAGE);
    const fresh = await versionOf(org.id, agent.id);
    await setMemberRole(db, org.id, agent.id, (await builtInRole("admin")).id);
    await refusal(updateProfile(db, ownerAccess, { memberId: agent.id, name: "Third Edit", title: null, extension: null, version: fresh }), "conflict");
    expect((await profileOf(org.id, agent.id)).name).toBe("First Edit");
  });

  it("validates the fields", async () => {
    const { ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    const result = await executeAction(
      updateProfileAction,
      sessionOf(ownerAccess.memberId),
      form({ memberId: agent.id, name: "", title: "x".repeat(81), extension: "12a", version: "1" }),
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["Enter a name."], title: ["Titles can be at most 80 characters."], extension: ["Extensions are 2 to 6 digits."] },
    });
  });

  it.each([
    ["Liam \u0421hen", "“Сhen” mixes Cyrillic and Latin letters. Write each word in one alphabet."],
    ["Ada\u3164", "Names can't contain invisible characters, such as Hangul fillers or variation selectors."],
    ["Ada\u200B Lovelace", "Names can't contain control characters."],
  ])("refuses the look-alike name %j and saves nothing", async (name, message) => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    const fields = { memberId: agent.id, name, title: "", extension: "", version: await versionOf(org.id, agent.id) };
    const result = await executeAction(updateProfileAction, sessionOf(ownerAccess.memberId), form(fields), db);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: [message] } });
    expect((await profileOf(org.id, agent.id)).name).toBe(agent.name);
  });

  it.each(["José Zoë", "山田太郎", "O'Brien", "Anne-Marie", "Ελένη", "Ivan Петров"])("saves the name %j", async (name) => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    const fields = { memberId: agent.id, name, title: "", extension: "", version: await versionOf(org.id, agent.id) };
    expect(await executeAction(updateProfileAction, sessionOf(ownerAccess.memberId), form(fields), db)).toMatchObject({ ok: true });
    expect((await profileOf(org.id, agent.id)).name).toBe(name);
  });

  it("is refused without Edit profiles, and not found from another organisation", async () => {
    const { org, member, holder } = await ownerOrg(db);
    const agent = await member("agent");
    const { access } = await holder(withNeeds("members.deactivate"));
    const fields = { memberId: agent.id, name: "Nope", title: "", extension: "", version: await versionOf(org.id, agent.id) };
    expect(await executeAction(updateProfileAction, sessionOf(access.memberId), form(fields), db)).toMatchObject({ code: "forbidden" });
    const elsewhere = await ownerOrg(db);
    expect(await executeAction(updateProfileAction, sessionOf(elsewhere.owner.id), form(fields), db)).toMatchObject({ code: "not_found" });
    expect((await profileOf(org.id, agent.id)).name).toBe(agent.name);
  });
});

describe("deactivate and reactivate", () => {
  it("signs the member out and keeps everything; reactivating lets them back in", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const admin = await builtInRole("admin");
    const email = `leaver.${process.pid}@example.test`;
    const leaver = await addMember(db, org.id, { name: "Lee Leaver", email, password: "a long enough password", roleId: admin.id, title: "Ops" });
    expect(await loadAccess(db, leaver.id)).not.toBeNull();

    const result = await executeAction(deactivateMemberAction, sessionOf(ownerAccess.memberId), form({ memberId: leaver.id }), db);
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Deactivated Lee Leaver\./) });
    // Access is loaded per request: the very next one finds none, and signing in fails.
    expect(await loadAccess(db, leaver.id)).toBeNull();
    expect(await checkCredentials(db, { email, password: "a long enough password" })).toBeNull();
    expect(await memberRow(db, leaver.id)).toMatchObject({ status: "deactivated", roleId: admin.id, title: "Ops", passwordHash: leaver.passwordHash });

    expect(await executeAction(reactivateMemberAction, sessionOf(ownerAccess.memberId), form({ memberId: leaver.id }), db)).toMatchObject({ ok: true });
    expect((await loadAccess(db, leaver.id))?.role.kind).toBe("admin");
    expect(await checkCredentials(db, { email, password: "a long enough password" })).toMatchObject({ id: leaver.id });
    expect((await auditOf(db, org.id)).map((e) => e.action)).toEqual(["member.deactivated", "member.reactivated"]);
  });

  it("reports a repeat as already done, without a second audit entry", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const agent = await member("agent");
    await setAccountStatus(db, ownerAccess, { memberId: agent.id }, "deactivated");
    expect(await setAccountStatus(db, ownerAccess, { memberId: agent.id }, "deactivated")).toMatchObject({ changed: false });
    expect(await auditOf(db, org.id, "member.deactivated")).toHaveLength(1);
  });

  it("refuses deactivating yourself, an Owner unless you are one, and anyone who outranks you", async () => {
    const { owner, ownerAccess, member, holder } = await ownerOrg(db);
    const error = await refusal(setAccountStatus(db, ownerAccess, { memberId: owner.id }, "deactivated"), "forbidden");
    expect(error.message).toBe("You can't deactivate your own account. Ask another admin.");

    const admin = await accessOf(db, (await member("admin")).id);
    expect((await refusal(setAccountStatus(db, admin, { memberId: owner.id }, "deactivated"), "forbidden")).message).toBe(
      "Only an Owner can deactivate an Owner.",
    );
    const { access } = await holder(withNeeds("members.deactivate"));
    const agent = await member("agent");
    expect((await refusal(setAccountStatus(db, access, { memberId: agent.id }, "deactivated"), "forbidden")).message).toMatch(
      /^You can't deactivate someone who holds permissions you don't: View numbers/,
    );
    await setAccountStatus(db, admin, { memberId: agent.id }, "deactivated");
    expect((await refusal(setAccountStatus(db, access, { memberId: agent.id }, "active"), "forbidden")).message).toMatch(/^You can't reactivate someone/);
    expect((await memberRow(db, owner.id)).status).toBe("active");
  });

  it("lets one Owner deactivate another", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const second = await member("owner");
    await setAccountStatus(db, ownerAccess, { memberId: second.id }, "deactivated");
    expect((await profileOf(org.id, second.id)).status).toBe("deactivated");
  });

  it("is refused without Deactivate accounts, and not found from another organisation", async () => {
    const { org, member, holder } = await ownerOrg(db);
    const agent = await member("agent");
    const { access } = await holder(withNeeds("members.edit"));
    expect(await executeAction(deactivateMemberAction, sessionOf(access.memberId), form({ memberId: agent.id }), db)).toMatchObject({ code: "forbidden" });
    const elsewhere = await ownerOrg(db);
    expect(await executeAction(deactivateMemberAction, sessionOf(elsewhere.owner.id), form({ memberId: agent.id }), db)).toMatchObject({ code: "not_found" });
    expect((await profileOf(org.id, agent.id)).status).toBe("active");
  });
});
