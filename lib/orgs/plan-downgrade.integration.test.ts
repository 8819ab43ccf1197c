import { describe, expect, it } from "vitest";
import { findOrganization } from "@/db/queries/orgs";
import { loadAccess } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, memberRow, roleRow } from "@/test/fixtures";
import { changePlan } from "./service";

const db = useFreshDatabase();

const QA_LEAD = ["members.view", "analytics.view", "analytics.individualStats", "recordings.listen", "recordings.download"] as const;

describe("changing plan", () => {
  it("keeps custom roles through a downgrade, acts as Agent meanwhile, and restores them on upgrade", async () => {
    const { org, member, customRole } = await makeOrg(db, "business");
    const owner = await accessOf(db, (await member("owner")).id);
    const role = await customRole("QA Lead", QA_LEAD);
    const lead = await member({ roleId: role.id });
    const actor = { orgId: org.id, memberId: owner.memberId, name: owner.name };

    const before = await accessOf(db, lead.id);
    expect(before.permissions).toEqual(new Set(QA_LEAD));
    expect(before.customRoleInactive).toBe(false);

    await changePlan(db, actor, "starter");
    expect((await findOrganization(db, org.id)).plan).toBe("starter");
    expect(await roleRow(db, role.id)).toMatchObject({ name: "QA Lead", permissions: [...QA_LEAD] });
    expect((await memberRow(db, lead.id)).roleId).toBe(role.id);
    const during = await accessOf(db, lead.id);
    expect(during.plan).toBe("starter");
    expect(during.role).toEqual({ id: role.id, kind: "custom", name: "QA Lead" });
    expect(during.permissions).toEqual(new Set(BUILT_IN_ROLES.agent.permissions));
    expect(during.permissions.has("recordings.download")).toBe(false);
    expect(during.customRoleInactive).toBe(true);
    // Built-in roles are not affected by the plan.
    expect((await accessOf(db, owner.memberId)).permissions).toEqual(new Set(ALL_PERMISSIONS));

    await changePlan(db, actor, "business");
    const after = await accessOf(db, lead.id);
    expect(after.permissions).toEqual(new Set(QA_LEAD));
    expect(after.customRoleInactive).toBe(false);

    const events = await auditOf(db, org.id, "org.plan_changed");
    expect(events.map((e) => e.details)).toEqual([
      { fromPlan: "Business", toPlan: "Starter" },
      { fromPlan: "Starter", toPlan: "Business" },
    ]);
    expect(events[0]).toMatchObject({ actorId: owner.memberId, actorName: owner.name, targetId: org.id, targetName: org.name });
  });

  it("treats pro like starter and enterprise like business", async () => {
    const { org, member, customRole } = await makeOrg(db, "enterprise");
    const role = await customRole("Exporters", ["analytics.view", "analytics.export"]);
    const holder = await member({ roleId: role.id });
    const actor = { orgId: org.id, memberId: null, name: "Billing system" };
    await changePlan(db, actor, "pro");
    expect((await accessOf(db, holder.id)).customRoleInactive).toBe(true);
    await changePlan(db, actor, "enterprise");
    expect((await accessOf(db, holder.id)).permissions).toEqual(new Set(["analytics.view", "analytics.export"]));
  });

  it("records nothing when the plan does not change", async () => {
    const { org } = await makeOrg(db, "pro");
    await changePlan(db, { orgId: org.id, memberId: null, name: "System" }, "pro");
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("refuses an unknown organisation as not found", async () => {
    await expect(changePlan(db, { orgId: "00000000-0000-4000-8000-000000000000", memberId: null, name: "System" }, "business")).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("keeps a deactivated holder without access whatever the plan", async () => {
    const { org, member, customRole } = await makeOrg(db, "business");
    const role = await customRole("Gone", ["members.view"]);
    const gone = await member({ roleId: role.id }, "deactivated");
    await changePlan(db, { orgId: org.id, memberId: null, name: "System" }, "starter");
    expect(await loadAccess(db, gone.id)).toBeNull();
  });
});
