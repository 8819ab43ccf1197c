import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { roles } from "@/db/schema";
import { loadAccess } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { changePlan } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, memberRow, ownerOrg, refusal, roleRow, setStatus, withNeeds } from "@/test/fixtures";
import { assignRole, createRole, deleteRole, STALE_ROLE_MESSAGE, updateRole } from "./service";

const db = useFreshDatabase();

const fields = (name: string, permissions = withNeeds("members.view")) => ({ name, description: "", permissions });

async function customRoleCount(orgId: string) {
  const [row] = await db.select({ total: count() }).from(roles).where(eq(roles.orgId, orgId));
  return row.total - 3;
}

describe("createRole", () => {
  it("creates a custom role with permissions in registry order, and audits it", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, {
      name: "Supervisors",
      description: "Floor leads",
      permissions: ["members.view", "analytics.view", "analytics.teamStats"],
    });
    expect(role).toMatchObject({ orgId: org.id, kind: "custom", name: "Supervisors", version: 1, updatedById: ownerAccess.memberId });
    expect((await roleRow(db, role.id)).permissions).toEqual(["members.view", "analytics.view", "analytics.teamStats"]);
    const audit = await auditOf(db, org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "role.created",
      actorId: ownerAccess.memberId,
      actorName: ownerAccess.name,
      targetId: role.id,
      targetName: "Supervisors",
      details: { permissions: ["members.view", "analytics.view", "analytics.teamStats"] },
    });
  });

  it("duplicates a role of the same organisation and audits the source", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db);
    const source = await customRole("Source", ["members.view"]);
    const copy = await createRole(db, ownerAccess, { ...fields("Copy of Source"), duplicatedFromId: source.id });
    const [event] = await auditOf(db, org.id, "role.duplicated");
    expect(event).toMatchObject({ targetId: copy.id, details: { duplicatedFrom: "Source", permissions: ["members.view"] } });
  });

  it("refuses an Admin granting Change plans, and creates nothing", async () => {
    const { org, member } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const error = await refusal(createRole(db, admin, fields("Billing", withNeeds("billing.plan"))), "forbidden");
    expect(error.message).toBe("You can't grant permissions you don't hold yourself: Change plans.");
    expect(await customRoleCount(org.id)).toBe(0);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("lets an Admin create a role within the Admin's own permissions", async () => {
    const { member } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const role = await createRole(db, admin, fields("Everything but plans and security", BUILT_IN_ROLES.admin.permissions as never));
    expect(role.permissions).toHaveLength(BUILT_IN_ROLES.admin.permissions.length);
  });

  it("refuses a role manager who holds only Manage roles granting anything else", async () => {
    const { org, holder } = await ownerOrg(db);
    const { access } = await holder(withNeeds("roles.manage"));
    await refusal(createRole(db, access, fields("Numbers", withNeeds("numbers.view"))), "forbidden");
    await refusal(createRole(db, access, fields("Managers too", withNeeds("members.invite"))), "forbidden");
    const ok = await createRole(db, access, fields("Viewers", withNeeds("members.view")));
    expect(ok.permissions).toEqual(["members.view"]);
    expect(await customRoleCount(org.id)).toBe(2);
  });

  it("refuses permissions whose needs are missing", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const error = await refusal(createRole(db, ownerAccess, fields("Downloads", ["recordings.download"])), "invalid");
    expect(error.fieldErrors?.permissions).toEqual(["Download files needs Listen to recordings."]);
  });

  it("keeps names unique per organisation, ignoring case", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    await createRole(db, ownerAccess, fields("Night Shift"));
    const error = await refusal(createRole(db, ownerAccess, fields("NIGHT shift")), "invalid");
    expect(error.fieldErrors?.name).toEqual(["A role named “NIGHT shift” already exists."]);
    expect(await customRoleCount(org.id)).toBe(1);

    const other = await ownerOrg(db);
    await expect(createRole(db, other.ownerAccess, fields("night shift"))).resolves.toMatchObject({ name: "night shift" });
  });

  it("keeps names unique by how they look: another script's look-alike letters, I for l, doubled spaces", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    await createRole(db, ownerAccess, fields("Ace"));
    await createRole(db, ownerAccess, fields("Iris"));
    await createRole(db, ownerAccess, fields("Sales Team"));
    const cyrillic = await refusal(createRole(db, ownerAccess, fields("\u0410\u0441\u0435")), "invalid");
    expect(cyrillic.fieldErrors?.name).toEqual(["“Асе” looks too much like the role “Ace”. Choose a name that reads differently."]);
    await refusal(createRole(db, ownerAccess, fields("lris")), "invalid");
    await refusal(createRole(db, ownerAccess, fields("Sales  Team")), "invalid");
    expect(await customRoleCount(org.id)).toBe(3);

    const other = await ownerOrg(db);
    await expect(createRole(db, other.ownerAccess, fields("\u0410\u0441\u0435"))).resolves.toMatchObject({ name: "Асе" });
  });

  it("refuses look-alike names created at the same moment, one of them with a field error", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const results = await Promise.allSettled([createRole(db, ownerAccess, fields("Iris")), createRole(db, ownerAccess, fields("lris"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.reason).toMatchObject({ code: "invalid", fieldErrors: { name: [expect.stringContaining("looks too much like")] } });
    expect(await customRoleCount(org.id)).toBe(1);
  });

  it("refuses a name taken by a concurrent create with a field error, not a crash", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const results = await Promise.allSettled([createRole(db, ownerAccess, fields("Racing")), createRole(db, ownerAccess, fields("racing"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.reason).toMatchObject({ code: "invalid", fieldErrors: { name: [expect.stringContaining("already exists")] } });
    expect(await customRoleCount(org.id)).toBe(1);
  });

  it.each(["starter", "pro"] as const)("refuses custom roles on %s", async (plan) => {
    const { org, ownerAccess } = await ownerOrg(db, plan);
    const error = await refusal(createRole(db, ownerAccess, fields("QA")), "plan");
    expect(error.message).toContain("Business");
    expect(await customRoleCount(org.id)).toBe(0);
  });

  it("refuses the 26th custom role on business", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db, "business");
    for (let i = 1; i < 25; i++) await customRole(`Role ${i}`, []);
    await createRole(db, ownerAccess, fields("Role 25"));
    const error = await refusal(createRole(db, ownerAccess, fields("Role 26")), "plan");
    expect(error.message).toBe("Your Business plan includes up to 25 custom roles. Delete one you no longer need, or upgrade.");
    expect(await customRoleCount(org.id)).toBe(25);
  });

  it("refuses concurrent creates that together would pass the limit", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db, "business");
    for (let i = 1; i <= 24; i++) await customRole(`Role ${i}`, []);
    const results = await Promise.allSettled(["A", "B", "C"].map((n) => createRole(db, ownerAccess, fields(`Last ${n}`))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "plan" });
    }
    expect(await customRoleCount(org.id)).toBe(25);
  });

  it("allows more than 25 on enterprise", async () => {
    const { ownerAccess, customRole } = await ownerOrg(db, "enterprise");
    for (let i = 1; i <= 25; i++) await customRole(`Role ${i}`, []);
    await expect(createRole(db, ownerAccess, fields("Role 26"))).resolves.toMatchObject({ name: "Role 26" });
  });

  it("refuses duplicating another organisation's role as not found", async () => {
    const mine = await ownerOrg(db);
    const theirs = await ownerOrg(db);
    const secret = await theirs.customRole("Secret", ["members.view"]);
    await refusal(createRole(db, mine.ownerAccess, { ...fields("Copy"), duplicatedFromId: secret.id }), "not_found");
    expect(await customRoleCount(mine.org.id)).toBe(0);
  });
});

describe("updateRole", () => {
  it("saves a new version and audits what was added and removed", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db);
    const role = await customRole("Support", ["members.view", "recordings.listen"]);
    const saved = await updateRole(db, ownerAccess, {
      roleId: role.id,
      version: 1,
      name: "Support Leads",
      description: "Leads",
      permissions: ["members.view", "analytics.view", "analytics.export"],
    });
    expect(saved).toMatchObject({ version: 2, name: "Support Leads", description: "Leads", updatedById: ownerAccess.memberId });
    expect((await roleRow(db, role.id)).permissions).toEqual(["members.view", "analytics.view", "analytics.export"]);
    const [event] = await auditOf(db, org.id, "role.updated");
    expect(event).toMatchObject({
      targetId: role.id,
      targetName: "Support Leads",
      details: {
        added: ["analytics.view", "analytics.export"],
        removed: ["recordings.listen"],
        renamed: { from: "Support", to: "Support Leads" },
        descriptionChanged: true,
      },
    });
  });

  it("does nothing and audits nothing when nothing changed", async () => {
    const { org, ownerAccess, customRole } = await ownerOrg(db);
    const role = await customRole("Same", ["members.view"]);
    const saved = await updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("Same") });
    expect(saved.version).toBe(1);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses a stale version and overwrites nothing", async () => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const role = await customRole("Shared", ["members.view"]);
    await updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("Shared", withNeeds("numbers.view")) });
    const error = await refusal(updateRole(db, admin, { roleId: role.id, version: 1, ...fields("Overwritten", withNeeds("messaging.send")) }), "conflict");
    expect(error.message).toBe("This role was changed by someone else. Reload to see the latest version.");
    expect(error.message).toBe(STALE_ROLE_MESSAGE);
    expect(await roleRow(db, role.id)).toMatchObject({ name: "Shared", version: 2, permissions: ["numbers.view"] });
    expect(await auditOf(db, org.id, "role.updated")).toHaveLength(1);
  });

  it("refuses an Admin adding Update payment methods", async () => {
    const { member, customRole } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const role = await customRole("Billing", ["billing.view"]);
    await refusal(updateRole(db, admin, { roleId: role.id, version: 1, ...fields("Billing", withNeeds("billing.payment")) }), "forbidden");
    expect((await roleRow(db, role.id)).permissions).toEqual(["billing.view"]);
  });

  it("refuses an Admin editing a role that already grants more than the Admin holds", async () => {
    const { member, customRole } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const role = await customRole("Finance", withNeeds("billing.plan"));
    await refusal(
      updateRole(db, admin, { roleId: role.id, version: 1, name: "Finance (renamed)", description: "", permissions: withNeeds("billing.plan") }),
      "forbidden",
    );
    expect((await roleRow(db, role.id)).name).toBe("Finance");
  });

  it("refuses renaming onto another role's name, ignoring case", async () => {
    const { ownerAccess, customRole } = await ownerOrg(db);
    await customRole("Taken", []);
    const role = await customRole("Free", []);
    const error = await refusal(updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("TAKEN") }), "invalid");
    expect(error.fieldErrors?.name).toBeDefined();
    // Changing only the case of its own name is fine.
    await expect(updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("FREE") })).resolves.toMatchObject({ name: "FREE" });
  });

  it("refuses renaming onto a look-alike of another role's name, also when two renames race", async () => {
    const { ownerAccess, customRole } = await ownerOrg(db);
    await customRole("Team", []);
    const role = await customRole("Free", []);
    const error = await refusal(updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("Tearn") }), "invalid");
    expect(error.fieldErrors?.name).toEqual(["“Tearn” looks too much like the role “Team”. Choose a name that reads differently."]);
    const [a, b] = [await customRole("First", []), await customRole("Second", [])];
    const results = await Promise.allSettled([
      updateRole(db, ownerAccess, { roleId: a.id, version: 1, ...fields("Iris") }),
      updateRole(db, ownerAccess, { roleId: b.id, version: 1, ...fields("lris") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it.each(["owner", "admin", "agent"] as const)("refuses editing the built-in %s role", async (kind) => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const role = await builtInRole(kind);
    await refusal(updateRole(db, ownerAccess, { roleId: role.id, version: role.version, ...fields("Renamed") }), "forbidden");
    expect((await roleRow(db, role.id)).name).toBe(BUILT_IN_ROLES[kind].name);
  });

  it("treats another organisation's role as not found", async () => {
    const mine = await ownerOrg(db);
    const theirs = await ownerOrg(db);
    const role = await theirs.customRole("Theirs", []);
    await refusal(updateRole(db, mine.ownerAccess, { roleId: role.id, version: 1, ...fields("Mine now") }), "not_found");
    expect((await roleRow(db, role.id)).name).toBe("Theirs");
  });

  it.each(["starter", "pro"] as const)("refuses editing on %s", async (plan) => {
    const { ownerAccess, customRole } = await ownerOrg(db, plan);
    const role = await customRole("Kept", []);
    await refusal(updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("Edited") }), "plan");
  });
});

describe("deleteRole", () => {
  it("moves every holder to Agent, deletes the role and audits who moved", async () => {
    const { org, ownerAccess, customRole, member, builtInRole } = await ownerOrg(db);
    const role = await customRole("Temporary", withNeeds("analytics.export"));
    const a = await member({ roleId: role.id });
    const b = await member({ roleId: role.id });
    const bystander = await member("admin");
    const agent = await builtInRole("agent");

    const { moved } = await deleteRole(db, ownerAccess, { roleId: role.id, version: 1, memberCount: 2 });
    expect(moved.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(await roleRow(db, role.id)).toBeNull();
    expect((await memberRow(db, a.id)).roleId).toBe(agent.id);
    expect((await memberRow(db, b.id)).roleId).toBe(agent.id);
    expect((await memberRow(db, bystander.id)).roleId).toBe((await builtInRole("admin")).id);
    expect((await accessOf(db, a.id)).permissions).toEqual(new Set(BUILT_IN_ROLES.agent.permissions));

    const [event] = await auditOf(db, org.id, "role.deleted");
    expect(event).toMatchObject({ targetId: role.id, targetName: "Temporary", details: { toRole: "Agent", permissions: role.permissions } });
    expect(event.details.membersMoved!.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(event.details.membersMoved![0]).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String) });
  });

  it("rolls everything back when it fails after reassigning", async () => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db);
    const role = await customRole("Sticky", ["members.view"]);
    const a = await member({ roleId: role.id });
    const b = await member({ roleId: role.id });
    let reached = false;
    await expect(
      deleteRole(
        db,
        ownerAccess,
        { roleId: role.id, version: 1, memberCount: 2 },
        {
          afterReassign: async () => {
            reached = true;
            throw new Error("crash mid-way");
          },
        },
      ),
    ).rejects.toThrow("crash mid-way");
    expect(reached).toBe(true);
    expect(await roleRow(db, role.id)).toMatchObject({ name: "Sticky", version: 1 });
    expect((await memberRow(db, a.id)).roleId).toBe(role.id);
    expect((await memberRow(db, b.id)).roleId).toBe(role.id);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses when the number of holders changed since the confirmation", async () => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db);
    const role = await customRole("Growing", []);
    const a = await member({ roleId: role.id });
    await member({ roleId: role.id });
    const error = await refusal(deleteRole(db, ownerAccess, { roleId: role.id, version: 1, memberCount: 1 }), "conflict");
    expect(error.message).toContain("2 now, 1 listed");
    expect(await roleRow(db, role.id)).not.toBeNull();
    expect((await memberRow(db, a.id)).roleId).toBe(role.id);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses a stale version", async () => {
    const { ownerAccess, customRole } = await ownerOrg(db);
    const role = await customRole("Edited meanwhile", []);
    await updateRole(db, ownerAccess, { roleId: role.id, version: 1, ...fields("Edited meanwhile") });
    const error = await refusal(deleteRole(db, ownerAccess, { roleId: role.id, version: 1, memberCount: 0 }), "conflict");
    expect(error.message).toBe(STALE_ROLE_MESSAGE);
    expect(await roleRow(db, role.id)).not.toBeNull();
  });

  it("treats another organisation's role as not found", async () => {
    const mine = await ownerOrg(db);
    const theirs = await ownerOrg(db);
    const role = await theirs.customRole("Theirs", []);
    await refusal(deleteRole(db, mine.ownerAccess, { roleId: role.id, version: 1, memberCount: 0 }), "not_found");
    expect(await roleRow(db, role.id)).not.toBeNull();
  });

  it.each(["owner", "admin", "agent"] as const)("refuses deleting the built-in %s role", async (kind) => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const role = await builtInRole(kind);
    await refusal(deleteRole(db, ownerAccess, { roleId: role.id, version: role.version, memberCount: 0 }), "forbidden");
    expect(await roleRow(db, role.id)).not.toBeNull();
  });

  it.each(["starter", "pro"] as const)("still deletes a kept custom role after a downgrade to %s", async (plan) => {
    const { org, ownerAccess, customRole, member } = await ownerOrg(db, "business");
    const role = await customRole("Left over", ["members.view"]);
    const holder = await member({ roleId: role.id });
    await changePlan(db, { orgId: org.id, memberId: ownerAccess.memberId, name: ownerAccess.name }, plan);
    const { moved } = await deleteRole(db, await accessOf(db, ownerAccess.memberId), { roleId: role.id, version: 1, memberCount: 1 });
    expect(moved.map((m) => m.id)).toEqual([holder.id]);
    expect(await roleRow(db, role.id)).toBeNull();
  });
});

describe("assignRole", () => {
  it("moves a member to a role and audits from and to", async () => {
    const { org, member, customRole } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const agent = await member("agent");
    const role = await customRole("Reviewers", withNeeds("recordings.download"));
    const result = await assignRole(db, admin, { memberId: agent.id, roleId: role.id });
    expect(result.changed).toBe(true);
    expect((await memberRow(db, agent.id)).roleId).toBe(role.id);
    expect((await accessOf(db, agent.id)).permissions).toEqual(new Set(["recordings.listen", "recordings.download"]));
    const [event] = await auditOf(db, org.id, "member.role_changed");
    expect(event).toMatchObject({
      actorId: admin.memberId,
      targetId: agent.id,
      targetName: agent.name,
      details: { fromRole: "Agent", toRole: "Reviewers" },
    });
  });

  it("reports no change and audits nothing when the member already holds the role", async () => {
    const { org, member, builtInRole, ownerAccess } = await ownerOrg(db);
    const agent = await member("agent");
    const result = await assignRole(db, ownerAccess, { memberId: agent.id, roleId: (await builtInRole("agent")).id });
    expect(result.changed).toBe(false);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses anyone changing their own role", async () => {
    const { org, member, builtInRole, ownerAccess } = await ownerOrg(db);
    await member("owner");
    const error = await refusal(assignRole(db, ownerAccess, { memberId: ownerAccess.memberId, roleId: (await builtInRole("agent")).id }), "forbidden");
    expect(error.message).toBe("You can't change your own role. Ask another admin.");
    const admin = await accessOf(db, (await member("admin")).id);
    await refusal(assignRole(db, admin, { memberId: admin.memberId, roleId: (await builtInRole("agent")).id }), "forbidden");
    expect((await accessOf(db, admin.memberId)).role.kind).toBe("admin");
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses an Admin making an Owner or unmaking one", async () => {
    const { member, builtInRole, owner } = await ownerOrg(db);
    await member("owner");
    const admin = await accessOf(db, (await member("admin")).id);
    const agent = await member("agent");
    const e1 = await refusal(assignRole(db, admin, { memberId: agent.id, roleId: (await builtInRole("owner")).id }), "forbidden");
    expect(e1.message).toBe("Only an Owner can give or take away the Owner role.");
    await refusal(assignRole(db, admin, { memberId: owner.id, roleId: (await builtInRole("agent")).id }), "forbidden");
    expect((await accessOf(db, agent.id)).role.kind).toBe("agent");
    expect((await accessOf(db, owner.id)).role.kind).toBe("owner");
  });

  it("lets an Owner make and unmake Owners", async () => {
    const { member, builtInRole, ownerAccess } = await ownerOrg(db);
    const agent = await member("agent");
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: (await builtInRole("owner")).id });
    expect((await accessOf(db, agent.id)).role.kind).toBe("owner");
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: (await builtInRole("admin")).id });
    expect((await accessOf(db, agent.id)).role.kind).toBe("admin");
  });

  it("keeps the last active Owner when two Owners demote each other", async () => {
    const { member, builtInRole, owner } = await ownerOrg(db);
    const second = await member("owner");
    const firstAccess = await accessOf(db, owner.id);
    const secondAccess = await accessOf(db, second.id);
    const agentRole = (await builtInRole("agent")).id;
    await assignRole(db, firstAccess, { memberId: second.id, roleId: agentRole });
    // The second Owner acts on access loaded before the demotion.
    const error = await refusal(assignRole(db, secondAccess, { memberId: owner.id, roleId: agentRole }), "forbidden");
    expect(error.message).toBe("This is the last active Owner. Make someone else an Owner first.");
    expect((await accessOf(db, owner.id)).role.kind).toBe("owner");
  });

  it("does not count a deactivated Owner as an active one", async () => {
    const { member, builtInRole, owner } = await ownerOrg(db);
    const second = await member("owner");
    const secondAccess = await accessOf(db, second.id);
    await setStatus(db, second.id, "deactivated");
    await refusal(assignRole(db, secondAccess, { memberId: owner.id, roleId: (await builtInRole("admin")).id }), "forbidden");
    expect((await accessOf(db, owner.id)).role.kind).toBe("owner");
  });

  it("refuses assigning a role that grants more than the actor holds", async () => {
    const { member, customRole, holder, builtInRole } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const agent = await member("agent");
    const finance = await customRole("Finance", withNeeds("billing.plan"));
    await refusal(assignRole(db, admin, { memberId: agent.id, roleId: finance.id }), "forbidden");

    // Someone who may only assign roles cannot hand out even Agent, which grants more.
    const { access: assigner } = await holder(withNeeds("roles.manage"));
    const other = await member("admin");
    await refusal(assignRole(db, assigner, { memberId: other.id, roleId: (await builtInRole("agent")).id }), "forbidden");
    expect((await accessOf(db, agent.id)).role.kind).toBe("agent");
    expect((await accessOf(db, other.id)).role.kind).toBe("admin");
  });

  it("treats another organisation's member or role as not found", async () => {
    const mine = await ownerOrg(db);
    const theirs = await ownerOrg(db);
    const myAgent = await mine.member("agent");
    const theirAgent = await theirs.member("agent");
    const theirRole = await theirs.customRole("Theirs", []);
    await refusal(assignRole(db, mine.ownerAccess, { memberId: theirAgent.id, roleId: (await mine.builtInRole("admin")).id }), "not_found");
    await refusal(assignRole(db, mine.ownerAccess, { memberId: myAgent.id, roleId: theirRole.id }), "not_found");
    await refusal(assignRole(db, mine.ownerAccess, { memberId: myAgent.id, roleId: (await theirs.builtInRole("admin")).id }), "not_found");
    expect((await accessOf(db, theirAgent.id)).role.kind).toBe("agent");
    expect((await accessOf(db, myAgent.id)).role.kind).toBe("agent");
  });

  it.each(["starter", "pro"] as const)("refuses assigning a custom role on %s, but not a built-in", async (plan) => {
    const { ownerAccess, member, customRole, builtInRole } = await ownerOrg(db, plan);
    const agent = await member("agent");
    const role = await customRole("Kept", []);
    await refusal(assignRole(db, ownerAccess, { memberId: agent.id, roleId: role.id }), "plan");
    await assignRole(db, ownerAccess, { memberId: agent.id, roleId: (await builtInRole("admin")).id });
    expect((await accessOf(db, agent.id)).role.kind).toBe("admin");
  });
});

describe("deactivated members", () => {
  it("get no access at all", async () => {
    const { member } = await ownerOrg(db);
    const gone = await member("owner", "deactivated");
    expect(await loadAccess(db, gone.id)).toBeNull();
    const later = await member("admin");
    await setStatus(db, later.id, "deactivated");
    expect(await loadAccess(db, later.id)).toBeNull();
  });
});
