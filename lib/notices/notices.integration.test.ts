import { describe, expect, it } from "vitest";
import { dismissNotice, openNotices } from "@/db/queries/notices";
import { executeAction } from "@/lib/action";
import { ALL_PERMISSIONS, PERMISSIONS } from "@/lib/authz/permissions";
import { changePlan } from "@/lib/orgs/service";
import { restoreRoleVersion } from "@/lib/roles/service";
import { assignRole, createRole, deleteRole, updateRole } from "@/lib/roles/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, ownerOrg, sessionOf, withNeeds } from "@/test/fixtures";
import { dismissNoticeAction } from "./actions";
import { noticeText } from "./wording";

const db = useFreshDatabase();

const fields = (name: string, permissions = withNeeds("members.view")) => ({ name, description: "", permissions });
const texts = async (orgId: string, memberId: string) => (await openNotices(db, orgId, memberId)).map(noticeText);

describe("access-changed notices", () => {
  it("tell each holder what a role edit gave and took, in the registry's words", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Reporters", withNeeds("members.view", "recordings.listen")));
    const holder = await member({ roleId: role.id });
    await updateRole(db, ownerAccess, { ...fields("Reporters", withNeeds("members.view", "analytics.export")), roleId: role.id, version: 1 });
    expect(await texts(org.id, holder.id)).toEqual([
      `Your access changed: you can now view dashboards and export reports; you can no longer listen to recordings. Changed by ${ownerAccess.name}.`,
    ]);
  });

  it("tell a member whose role is changed, and nobody when a rename changes no access", async () => {
    const { org, ownerAccess, member, builtInRole } = await ownerOrg(db);
    const agent = await member("agent");
    const role = await createRole(db, ownerAccess, fields("Viewers"));
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: role.id });
    const [notice] = await openNotices(db, org.id, agent.id);
    expect(notice).toMatchObject({
      kind: "access_changed",
      gained: [],
      lost: ["numbers.view", "analytics.view", "recordings.listen", "messaging.view", "messaging.send"],
    });

    await updateRole(db, ownerAccess, { ...fields("Viewers renamed"), roleId: role.id, version: 1 });
    expect(await openNotices(db, org.id, agent.id)).toHaveLength(1);
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: (await builtInRole("agent")).id });
    expect(await openNotices(db, org.id, agent.id)).toHaveLength(2);
  });

  it("tell the members a deleted role moved to Agent, and follow restores", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Temporary", withNeeds("members.view", "billing.view")));
    const holder = await member({ roleId: role.id });
    await updateRole(db, ownerAccess, { ...fields("Temporary"), roleId: role.id, version: 1 });
    await restoreRoleVersion(db, ownerAccess, { roleId: role.id, fromVersion: 1, version: 2 });
    await deleteRole(db, ownerAccess, { roleId: role.id, version: 3, memberCount: 1 });
    const notices = await openNotices(db, org.id, holder.id);
    expect(notices.map((n) => [n.gained, n.lost])).toEqual([
      [["numbers.view", "analytics.view", "recordings.listen", "messaging.view", "messaging.send"], ["billing.view"]],
      [["billing.view"], []],
      [[], ["billing.view"]],
    ]);
  });

  it("say nothing more when a role the plan made inactive is deleted", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Dormant"));
    const holder = await member({ roleId: role.id });
    await changePlan(db, ownerAccess, "starter");
    expect(await openNotices(db, org.id, holder.id)).toHaveLength(1);
    // The role already acts as Agent: deleting it moves the holder to Agent and changes nothing.
    const starterOwner = await accessOf(db, ownerAccess.memberId);
    await deleteRole(db, starterOwner, { roleId: role.id, version: 1, memberCount: 1 });
    expect(await openNotices(db, org.id, holder.id)).toHaveLength(1);
  });
});

describe("plan changes", () => {
  it("tell custom role holders what they lose on a downgrade and regain on an upgrade", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Exporters", withNeeds("members.view", "analytics.export")));
    const holder = await member({ roleId: role.id });
    const secondOwner = await member("owner");
    await changePlan(db, ownerAccess, "pro");
    expect((await openNotices(db, org.id, holder.id)).map((n) => [n.gained, n.lost])).toEqual([
      [["numbers.view", "recordings.listen", "messaging.view", "messaging.send"], ["analytics.export"]],
    ]);
    await changePlan(db, ownerAccess, "enterprise");
    const [regained] = await openNotices(db, org.id, holder.id);
    expect(regained).toMatchObject({ gained: ["analytics.export"] });
    // Export reports is sensitive: the other Owner hears it came back.
    expect((await openNotices(db, org.id, secondOwner.id)).map(noticeText)).toEqual([
      `${holder.name} was given sensitive permissions by ${ownerAccess.name}: Export reports.`,
    ]);
  });
});

describe("sensitive-permission notices", () => {
  it("tell every other active Owner, once per change, who was given which sensitive permissions", async () => {
    const { org, ownerAccess, owner, member } = await ownerOrg(db);
    const secondOwner = await member("owner");
    const formerOwner = await member("owner", "deactivated");
    const role = await createRole(db, ownerAccess, fields("Exporters"));
    const a = await member({ roleId: role.id });
    const b = await member({ roleId: role.id });
    await updateRole(db, ownerAccess, {
      ...fields("Exporters", withNeeds("members.view", "analytics.export", "recordings.delete")),
      roleId: role.id,
      version: 1,
    });
    const [notice, ...rest] = await openNotices(db, org.id, secondOwner.id);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ kind: "sensitive_granted", gained: ["analytics.export", "recordings.delete"] });
    expect(noticeText(notice)).toBe(`${a.name} and ${b.name} were given sensitive permissions by ${ownerAccess.name}: Export reports and Delete recordings.`);
    // The Owner who made the change knows already; a deactivated Owner is not told.
    expect(await openNotices(db, org.id, owner.id)).toEqual([]);
    expect(await openNotices(db, org.id, formerOwner.id)).toEqual([]);
  });

  it("name exactly the permissions the registry marks sensitive", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const secondOwner = await member("owner");
    const role = await createRole(db, ownerAccess, fields("Everything later"));
    await member({ roleId: role.id });
    await updateRole(db, ownerAccess, { ...fields("Everything later", [...ALL_PERMISSIONS]), roleId: role.id, version: 1 });
    const [notice] = await openNotices(db, org.id, secondOwner.id);
    expect(notice.gained).toEqual(PERMISSIONS.filter((p) => p.sensitive).map((p) => p.key));
  });

  it("say nothing when only ordinary permissions are given", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const secondOwner = await member("owner");
    const agent = await member("agent");
    const role = await createRole(db, ownerAccess, fields("Plain", withNeeds("members.view", "analytics.teamStats")));
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: role.id });
    expect(await openNotices(db, org.id, secondOwner.id)).toEqual([]);
  });
});

describe("dismissing", () => {
  it("dismisses only the caller's own notice, through the action wrapper", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Dismissable"));
    const holder = await member({ roleId: role.id });
    const other = await member("admin");
    await updateRole(db, ownerAccess, { ...fields("Dismissable", withNeeds("members.view", "billing.view")), roleId: role.id, version: 1 });
    const [notice] = await openNotices(db, org.id, holder.id);
    const form = new FormData();
    form.set("noticeId", notice.id);
    expect(await executeAction(dismissNoticeAction, sessionOf(other.id), form, db)).toMatchObject({ ok: false, code: "not_found" });
    expect(await executeAction(dismissNoticeAction, sessionOf(ownerAccess.memberId), form, db)).toMatchObject({ ok: false, code: "not_found" });
    expect(await openNotices(db, org.id, holder.id)).toHaveLength(1);
    expect(await executeAction(dismissNoticeAction, sessionOf(holder.id), form, db)).toMatchObject({ ok: true });
    expect(await openNotices(db, org.id, holder.id)).toEqual([]);
    expect(await dismissNotice(db, org.id, holder.id, notice.id)).toBe(false);
  });
});
