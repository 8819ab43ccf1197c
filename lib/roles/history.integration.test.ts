import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { listMemberChanges, listRoleVersions } from "@/db/queries/role-history";
import { acceptInvitation, inviteMember } from "@/lib/members/invitations";
import { setAccountStatus } from "@/lib/members/profiles";
import { changePlan } from "@/lib/orgs/service";
import { roleVersions } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, ownerOrg, refusal, roleRow, withNeeds } from "@/test/fixtures";
import { assignRole, createRole, deleteRole, restoreRoleVersion, STALE_ROLE_MESSAGE, updateRole } from "./service";

const db = useFreshDatabase();

const fields = (name: string, permissions = withNeeds("members.view")) => ({ name, description: "", permissions });

describe("role versions", () => {
  it("records a version with every create and edit, in the same transaction as the audit entry", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Floor leads"));
    await updateRole(db, ownerAccess, { ...fields("Floor supervisors", withNeeds("members.view", "analytics.export")), roleId: role.id, version: 1 });
    const versions = await listRoleVersions(db, org.id, role.id);
    expect(versions.map((v) => [v.version, v.kind, v.name, v.added, v.removed, v.actorName])).toEqual([
      [2, "edited", "Floor supervisors", ["analytics.view", "analytics.export"], [], ownerAccess.name],
      [1, "created", "Floor leads", ["members.view"], [], ownerAccess.name],
    ]);
    expect(versions[0].permissions).toEqual(["members.view", "analytics.view", "analytics.export"]);
  });

  it("records nothing when an edit is refused", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Stale"));
    await updateRole(db, ownerAccess, { ...fields("Stale 2"), roleId: role.id, version: 1 });
    await refusal(updateRole(db, ownerAccess, { ...fields("Stale 3"), roleId: role.id, version: 1 }), "conflict");
    expect((await listRoleVersions(db, org.id, role.id)).map((v) => v.version)).toEqual([2, 1]);
  });

  it("is scoped to the organisation", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Private"));
    const other = await makeOrg(db);
    expect(await listRoleVersions(db, other.org.id, role.id)).toEqual([]);
  });
});

describe("restoreRoleVersion", () => {
  it("restores an earlier version as a new, audited version", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Exporters", withNeeds("members.view", "analytics.export")));
    await updateRole(db, ownerAccess, { ...fields("Viewers"), roleId: role.id, version: 1 });
    const { role: restored, changed } = await restoreRoleVersion(db, ownerAccess, { roleId: role.id, fromVersion: 1, version: 2 });
    expect(changed).toBe(true);
    expect(restored).toMatchObject({ version: 3, name: "Exporters", permissions: ["members.view", "analytics.view", "analytics.export"] });
    const [latest] = await listRoleVersions(db, org.id, role.id);
    expect(latest).toMatchObject({ version: 3, kind: "restored", restoredFromVersion: 1, added: ["analytics.view", "analytics.export"], removed: [] });
    const [event] = await auditOf(db, org.id, "role.restored");
    expect(event).toMatchObject({ targetId: role.id, details: { restoredFromVersion: 1, added: ["analytics.view", "analytics.export"] } });
    expect(event.details.lines).toContain("Restored version 1");
  });

  it("holds a restored name to today's name rules: a look-alike saved before them stays in the past", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Leads"));
    await updateRole(db, ownerAccess, { ...fields("Team Leads"), roleId: role.id, version: 1 });
    // Version 1 as a database from before the rules could hold it.
    await db
      .update(roleVersions)
      .set({ name: "L\u0435ads" })
      .where(and(eq(roleVersions.roleId, role.id), eq(roleVersions.version, 1)));
    const error = await refusal(restoreRoleVersion(db, ownerAccess, { roleId: role.id, fromVersion: 1, version: 2 }), "invalid");
    expect(error.fieldErrors?.name).toEqual(["“Lеads” mixes Latin and Cyrillic letters. Write each word in one alphabet."]);
    expect((await roleRow(db, role.id)).name).toBe("Team Leads");
    expect(await auditOf(db, org.id, "role.restored")).toEqual([]);
  });

  it("refuses a restore based on a version that is no longer current", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Racing"));
    await updateRole(db, ownerAccess, { ...fields("Racing 2"), roleId: role.id, version: 1 });
    await updateRole(db, ownerAccess, { ...fields("Racing 3"), roleId: role.id, version: 2 });
    const error = await refusal(restoreRoleVersion(db, ownerAccess, { roleId: role.id, fromVersion: 1, version: 2 }), "conflict");
    expect(error.message).toBe(STALE_ROLE_MESSAGE);
    expect((await roleRow(db, role.id)).name).toBe("Racing 3");
  });

  it("holds a restore to the escalation rules: nobody restores permissions they don't hold", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Planners", withNeeds("billing.plan")));
    await updateRole(db, ownerAccess, { ...fields("Planners"), roleId: role.id, version: 1 });
    const admin = await accessOf(db, (await member("admin")).id);
    const error = await refusal(restoreRoleVersion(db, admin, { roleId: role.id, fromVersion: 1, version: 2 }), "forbidden");
    expect(error.message).toContain("Change plans");
    expect((await roleRow(db, role.id)).version).toBe(2);
    expect(await auditOf(db, org.id, "role.restored")).toEqual([]);
  });

  it("treats another organisation's role or an unknown version as not found", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Mine"));
    const other = await ownerOrg(db);
    await refusal(restoreRoleVersion(db, other.ownerAccess, { roleId: role.id, fromVersion: 1, version: 1 }), "not_found");
    await refusal(restoreRoleVersion(db, ownerAccess, { roleId: role.id, fromVersion: 9, version: 1 }), "not_found");
  });
});

describe("member changes", () => {
  it("records a member leaving one role and joining another on assignment", async () => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db);
    const from = await customRole("From", ["members.view"]);
    const to = await customRole("To", ["members.view"]);
    const agent = await member({ roleId: from.id });
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: to.id });
    expect((await listMemberChanges(db, org.id, from.id)).map((c) => [c.memberName, c.change, c.actorName])).toEqual([
      [agent.name, "removed", ownerAccess.name],
    ]);
    expect((await listMemberChanges(db, org.id, to.id)).map((c) => [c.memberId, c.change])).toEqual([[agent.id, "added"]]);
  });

  it("records the members a deleted role moved to Agent, and the member an invitation adds", async () => {
    const { org, ownerAccess, customRole, member, builtInRole } = await ownerOrg(db);
    const doomed = await customRole("Doomed", ["members.view"]);
    const holder = await member({ roleId: doomed.id });
    await deleteRole(db, ownerAccess, { roleId: doomed.id, version: 1, memberCount: 1 });
    const agentRole = await builtInRole("agent");
    expect((await listMemberChanges(db, org.id, agentRole.id)).map((c) => [c.memberId, c.change])).toEqual([[holder.id, "added"]]);

    const invited = await customRole("Invited", ["members.view"]);
    const { token } = await inviteMember(db, ownerAccess, { email: `new-${Date.now()}@example.test`, roleId: invited.id });
    const { member: joined } = await acceptInvitation(db, { token, name: "New Person", password: "a long enough password" });
    // Added by the inviter, who chose the role; the audit entry names the person who accepted.
    expect((await listMemberChanges(db, org.id, invited.id)).map((c) => [c.memberId, c.change, c.actorName])).toEqual([[joined.id, "added", ownerAccess.name]]);
  });

  it("records deactivation and reactivation, and a plan change suspending and resuming a custom role", async () => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db);
    const role = await customRole("Seasonal", ["members.view"]);
    const holder = await member({ roleId: role.id });
    const resting = await member({ roleId: role.id }, "deactivated");
    await setAccountStatus(db, ownerAccess, { memberId: holder.id }, "deactivated");
    await setAccountStatus(db, ownerAccess, { memberId: holder.id }, "active");
    await changePlan(db, ownerAccess, "pro");
    await changePlan(db, ownerAccess, "business");
    const changes = await listMemberChanges(db, org.id, role.id);
    expect(changes.map((c) => [c.memberId, c.change, c.actorName]).reverse()).toEqual([
      [holder.id, "deactivated", ownerAccess.name],
      [holder.id, "reactivated", ownerAccess.name],
      [holder.id, "suspended", ownerAccess.name],
      [holder.id, "resumed", ownerAccess.name],
    ]);
    // A deactivated holder has no access for a plan to suspend.
    expect(changes.some((c) => c.memberId === resting.id)).toBe(false);
  });
});
