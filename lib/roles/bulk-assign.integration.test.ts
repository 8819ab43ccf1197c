import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openNotices } from "@/db/queries/notices";
import { members } from "@/db/schema";
import { listMemberChanges } from "@/db/queries/role-history";
import { executeAction } from "@/lib/action";
import { bulkAssignRoleAction, previewBulkAssignAction, type PreviewResult } from "@/lib/roles/actions";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, memberRow, refusal, sessionOf } from "@/test/fixtures";
import { bulkAssignOptions, bulkAssignRole, planBulkAssign, STALE_SELECTION_MESSAGE, type BulkSelection } from "./bulk-assign";
import { directoryRoleMessage } from "./rules";
import { assignRole } from "./service";

const db = useFreshDatabase();

const select = (roleId: string, memberIds: string[], more: Partial<BulkSelection> = {}): BulkSelection => ({
  roleId,
  memberIds,
  allMatching: false,
  q: "",
  ...more,
});

/** A manager who may assign roles and holds what an Agent holds, but is no Owner. */
const MANAGER = ["members.view", "roles.assign", "numbers.view", "analytics.view", "recordings.listen", "messaging.view", "messaging.send"] as const;

async function scene() {
  const org = await makeOrg(db, "business");
  const owner = await org.member("owner");
  const ownerAccess = await accessOf(db, owner.id);
  const agents = [await org.member("agent"), await org.member("agent"), await org.member("agent")];
  const qa = await org.customRole("QA", ["members.view", "recordings.listen", "recordings.delete"]);
  return { org, owner, ownerAccess, agents, qa };
}

describe("planBulkAssign", () => {
  it("lists each member's gains and losses, sensitive ones marked, and writes nothing", async () => {
    const { org, ownerAccess, agents, qa } = await scene();
    const plan = await planBulkAssign(
      db,
      ownerAccess,
      select(
        qa.id,
        agents.map((a) => a.id),
      ),
    );
    expect(plan.changes).toHaveLength(3);
    expect(plan.changes[0]).toMatchObject({ fromRole: "Agent", toRole: "QA" });
    expect(plan.changes[0].gains).toEqual([{ key: "recordings.delete", label: "Delete recordings", sensitive: true }]);
    expect(plan.changes[0].losses.map((l) => l.label)).toEqual(["View numbers", "View dashboards", "View conversations", "Send messages"]);
    expect(plan.skipped).toEqual([]);
    for (const agent of agents) expect((await memberRow(db, agent.id)).roleId).toBe(agent.roleId);
    expect(await auditOf(db, org.org.id)).toEqual([]);
  });

  it("covers every member matching the search when asked for all matching; another organisation's ids are not found", async () => {
    const { ownerAccess, agents, qa } = await scene();
    const other = await makeOrg(db, "business");
    const foreign = await other.member("agent");
    await refusal(planBulkAssign(db, ownerAccess, select(qa.id, [agents[0].id, foreign.id])), "not_found");
    const byIds = await planBulkAssign(db, ownerAccess, select(qa.id, [agents[0].id, agents[0].id]));
    expect(byIds.changes.map((c) => c.id)).toEqual([agents[0].id]);
    const matching = await planBulkAssign(db, ownerAccess, select(qa.id, [], { allMatching: true, q: agents[1].email }));
    expect(matching.changes.map((c) => c.id)).toEqual([agents[1].id]);
    const byRole = await planBulkAssign(db, ownerAccess, select(qa.id, [], { allMatching: true, filterRoleId: agents[0].roleId }));
    expect(byRole.changes.map((c) => c.id).sort()).toEqual(agents.map((a) => a.id).sort());
    await refusal(planBulkAssign(db, ownerAccess, select(qa.id, [])), "invalid");
    const otherOwner = await accessOf(db, (await other.member("owner")).id);
    await refusal(planBulkAssign(db, otherOwner, select(qa.id, [foreign.id])), "not_found");
  });

  it("skips the caller, Owners for a non-Owner, and members who already hold the role, with the reason", async () => {
    const { org, owner, agents, qa } = await scene();
    const { access: manager, member: managerRow } = await org.holder(["members.view", "roles.assign", "recordings.listen", "recordings.delete"]);
    await assignRole(db, await accessOf(db, owner.id), { memberId: agents[2].id, roleId: qa.id });
    const restricted = await org.customRole("Viewer", ["members.view"]);
    const viewer = await org.member({ roleId: restricted.id });
    const plan = await planBulkAssign(db, manager, select(qa.id, [owner.id, managerRow.id, agents[2].id, viewer.id]));
    expect(plan.changes.map((c) => c.id)).toEqual([viewer.id]);
    const reasons = Object.fromEntries(plan.skipped.map((s) => [s.id, s.reason]));
    expect(reasons[owner.id]).toBe("Only an Owner can give or take away the Owner role.");
    expect(reasons[managerRow.id]).toBe("You can't change your own role. Ask another admin.");
    expect(reasons[agents[2].id]).toBe("Already has the QA role.");
  });

  it("leaves out members whose role the directory manages, saying so, and changes only the others", async () => {
    const { ownerAccess, agents, qa } = await scene();
    // Provisioned over SCIM in no mapped group: the directory's default role.
    await db.update(members).set({ roleSource: "directory" }).where(eq(members.id, agents[0].id));
    const selection = select(qa.id, [agents[0].id, agents[1].id]);
    const plan = await planBulkAssign(db, ownerAccess, selection);
    expect(plan.changes.map((c) => c.id)).toEqual([agents[1].id]);
    expect(plan.skipped).toEqual([expect.objectContaining({ id: agents[0].id, reason: directoryRoleMessage(null) })]);
    await bulkAssignRole(db, ownerAccess, { ...selection, token: plan.token });
    expect((await memberRow(db, agents[0].id)).roleId).toBe(agents[0].roleId);
    expect((await memberRow(db, agents[1].id)).roleId).toBe(qa.id);
  });

  it("refuses a role that grants what the caller lacks, and Owner for a non-Owner, as a whole", async () => {
    const { org, agents, qa } = await scene();
    const { access: manager } = await org.holder(["members.view", "roles.assign", "recordings.listen"]);
    await refusal(planBulkAssign(db, manager, select(qa.id, [agents[0].id])), "forbidden");
    const ownerRole = await org.builtInRole("owner");
    const { access: admin } = await org.holder(["members.view", "roles.assign"]);
    await refusal(planBulkAssign(db, admin, select(ownerRole.id, [agents[0].id])), "forbidden");
  });

  it("refuses a custom role on a plan without custom roles", async () => {
    const org = await makeOrg(db, "starter");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const custom = await org.customRole("Legacy", ["members.view"]);
    const agent = await org.member("agent");
    await refusal(planBulkAssign(db, owner, select(custom.id, [agent.id])), "plan");
  });

  it("keeps the last active Owner: demoting every Owner at once leaves one", async () => {
    const { org, owner, ownerAccess } = await scene();
    const second = await org.member("owner");
    const third = await org.member("owner");
    const agentRole = await org.builtInRole("agent");
    const thirdAccess = await accessOf(db, third.id);
    const plan = await planBulkAssign(db, thirdAccess, select(agentRole.id, [owner.id, second.id, third.id]));
    // The caller is skipped as themselves; of the other two, one goes and the last stays.
    expect(plan.changes).toHaveLength(2);
    const all = await planBulkAssign(db, ownerAccess, select(agentRole.id, [second.id, third.id]));
    expect(all.changes).toHaveLength(2);
    await bulkAssignRole(db, ownerAccess, { ...select(agentRole.id, [second.id, third.id]), token: all.token });
    // Access loaded while the third was still an Owner: the Owner count itself still refuses.
    const last = await planBulkAssign(db, thirdAccess, select(agentRole.id, [owner.id]));
    expect(last.changes).toEqual([]);
    expect(last.skipped[0].reason).toBe("This is the last active Owner. Make someone else an Owner first.");
  });
});

describe("bulkAssignOptions", () => {
  it("explains why a role can't be given to many: Owner for a non-Owner, more than the caller holds, the plan", async () => {
    const { org, ownerAccess, qa } = await scene();
    const roles = [await org.builtInRole("owner"), await org.builtInRole("agent"), qa];
    const { access: manager } = await org.holder(MANAGER);
    expect(bulkAssignOptions(manager, roles).map((o) => o.unavailable)).toEqual(["only Owners can assign", undefined, "grants permissions you don't hold"]);
    expect(bulkAssignOptions(ownerAccess, roles).map((o) => o.unavailable)).toEqual([undefined, undefined, undefined]);
    const starter = await makeOrg(db, "starter");
    const starterOwner = await accessOf(db, (await starter.member("owner")).id);
    expect(bulkAssignOptions(starterOwner, [qa])[0].unavailable).toBe("needs Business plan");
  });
});

describe("bulkAssignRole", () => {
  it("changes every listed member in one transaction with one audit entry each", async () => {
    const { org, ownerAccess, agents, qa } = await scene();
    const selection = select(
      qa.id,
      agents.map((a) => a.id),
    );
    const { token } = await planBulkAssign(db, ownerAccess, selection);
    const result = await bulkAssignRole(db, ownerAccess, { ...selection, token });
    expect(result.toChange).toHaveLength(3);
    for (const agent of agents) expect((await memberRow(db, agent.id)).roleId).toBe(qa.id);
    const audit = await auditOf(db, org.org.id, "member.role_changed");
    expect(audit.map((a) => a.targetId).sort()).toEqual(agents.map((a) => a.id).sort());
    expect(audit[0].details).toMatchObject({ fromRole: "Agent", toRole: "QA", lines: ["Changed in one step with 2 other members"] });
  });

  it("records history and tells each member and the other Owners, as a single assignment does", async () => {
    const { org, ownerAccess, agents, qa } = await scene();
    const secondOwner = await org.member("owner");
    const selection = select(
      qa.id,
      agents.map((a) => a.id),
    );
    const { token } = await planBulkAssign(db, ownerAccess, selection);
    await bulkAssignRole(db, ownerAccess, { ...selection, token });
    const joined = await listMemberChanges(db, org.org.id, qa.id);
    expect(joined.map((c) => [c.memberId, c.change, c.actorName]).sort()).toEqual(agents.map((a) => [a.id, "added", ownerAccess.name]).sort());
    const left = await listMemberChanges(db, org.org.id, agents[0].roleId);
    expect(left.map((c) => c.change)).toEqual(["removed", "removed", "removed"]);
    for (const agent of agents) {
      const [notice, ...more] = await openNotices(db, org.org.id, agent.id);
      expect(more).toEqual([]);
      expect(notice).toMatchObject({ kind: "access_changed", gained: ["recordings.delete"], actorName: ownerAccess.name });
    }
    const [told, ...again] = await openNotices(db, org.org.id, secondOwner.id);
    expect(again).toEqual([]);
    expect(told).toMatchObject({ kind: "sensitive_granted", gained: ["recordings.delete"] });
    expect(await openNotices(db, org.org.id, ownerAccess.memberId)).toEqual([]);
  });

  it("refuses stale state: a member changed, or the role edited, since the preview", async () => {
    const { org, owner, ownerAccess, agents, qa } = await scene();
    const selection = select(
      qa.id,
      agents.map((a) => a.id),
    );
    const { token } = await planBulkAssign(db, ownerAccess, selection);
    const admin = await org.builtInRole("admin");
    await assignRole(db, await accessOf(db, owner.id), { memberId: agents[0].id, roleId: admin.id });
    const error = await refusal(bulkAssignRole(db, ownerAccess, { ...selection, token }), "conflict");
    expect(error.message).toBe(STALE_SELECTION_MESSAGE);
    expect((await memberRow(db, agents[1].id)).roleId).toBe(agents[1].roleId);
    expect(await auditOf(db, org.org.id, "member.role_changed")).toHaveLength(1);
  });

  it("refuses when a new member matches 'all matching' since the preview", async () => {
    const { org, ownerAccess, agents, qa } = await scene();
    const selection = select(qa.id, [], { allMatching: true, filterRoleId: agents[0].roleId });
    const { token } = await planBulkAssign(db, ownerAccess, selection);
    await org.member("agent");
    await refusal(bulkAssignRole(db, ownerAccess, { ...selection, token }), "conflict");
  });

  it("goes through the wrapper: preview then confirm, with Assign roles and nothing more", async () => {
    const { org, agents } = await scene();
    const viewer = await org.customRole("Viewer", ["members.view"]);
    const { access } = await org.holder(MANAGER);
    const form = new FormData();
    form.set("roleId", viewer.id);
    for (const a of agents.slice(0, 2)) form.append("memberIds", a.id);
    const preview = (await executeAction(previewBulkAssignAction, sessionOf(access.memberId), form, db)) as PreviewResult;
    expect(preview).toMatchObject({ ok: true, message: "2 members would get the Viewer role.", roleName: "Viewer" });
    form.set("token", preview.token!);
    expect(await executeAction(bulkAssignRoleAction, sessionOf(access.memberId), form, db)).toMatchObject({
      ok: true,
      message: "Saved. 2 members now have the Viewer role.",
    });
    form.set("token", "0".repeat(64));
    expect(await executeAction(bulkAssignRoleAction, sessionOf(access.memberId), form, db)).toMatchObject({ ok: false, code: "conflict" });
  });
});
