import { describe, expect, it } from "vitest";
import { findOrganization } from "@/db/queries/orgs";
import { executeAction } from "@/lib/action";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { setMemberRole } from "@/db/queries/members";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, refusal, roleRow, sessionOf, withNeeds } from "@/test/fixtures";
import { changePlanAction } from "./actions";
import { changeOrganizationPlan, downgradeImpact } from "./plan-change";

const db = useFreshDatabase();

async function businessWithRoles() {
  const org = await makeOrg(db, "business");
  const owner = await accessOf(db, (await org.member("owner")).id);
  const qa = await org.customRole("QA Lead", ["members.view", "recordings.listen", "recordings.download"]);
  const exporters = await org.customRole("Exporters", ["analytics.view", "analytics.export"]);
  await org.customRole("Unused", ["members.view"]);
  const lead = await org.member({ roleId: qa.id });
  const gone = await org.member({ roleId: qa.id }, "deactivated");
  const exporter = await org.member({ roleId: exporters.id });
  return { org, owner, qa, exporters, lead, gone, exporter };
}

describe("changing plan", () => {
  it("upgrades without a confirmation and records the change", async () => {
    const { org, owner } = await businessWithRoles();
    const result = await executeAction(changePlanAction, sessionOf(owner.memberId), form({ orgId: org.org.id, plan: "enterprise" }), db);
    const message = "Your organisation is now on Enterprise.";
    expect(result).toEqual({ ok: true, message, redirectTo: "/billing/plans", flash: message });
    expect((await findOrganization(db, org.org.id)).plan).toBe("enterprise");
    const [event] = await auditOf(db, org.org.id, "org.plan_changed");
    expect(event).toMatchObject({ actorId: owner.memberId, details: { fromPlan: "Business", toPlan: "Enterprise" } });
  });

  it("lists the custom roles a downgrade below Business makes inactive, with every holder", async () => {
    const { org, lead, gone, exporter } = await businessWithRoles();
    const impact = await downgradeImpact(db, org.org.id, "business", "pro");
    expect(impact.map((r) => [r.name, r.members.map((m) => m.id).sort()])).toEqual([
      ["Exporters", [exporter.id]],
      ["QA Lead", [lead.id, gone.id].sort()],
      ["Unused", []],
    ]);
    expect(impact[1].members.find((m) => m.id === gone.id)!.active).toBe(false);
    expect(await downgradeImpact(db, org.org.id, "enterprise", "business")).toEqual([]);
    expect(await downgradeImpact(db, org.org.id, "pro", "starter")).toEqual([]);
  });

  it("needs the confirmation's counts to downgrade below Business, then keeps the roles inactive", async () => {
    const { org, owner, qa, lead } = await businessWithRoles();
    const base = { orgId: org.org.id, plan: "starter" };
    expect(await executeAction(changePlanAction, sessionOf(owner.memberId), form(base), db)).toMatchObject({
      ok: false,
      code: "invalid",
      formError: "Moving to Starter makes custom roles inactive. Confirm it from the plan page, which lists them.",
    });
    expect(await executeAction(changePlanAction, sessionOf(owner.memberId), form({ ...base, inactiveRoles: "3", affectedMembers: "2" }), db)).toMatchObject({
      ok: false,
      code: "conflict",
      formError:
        "The custom roles changed since you opened the confirmation (3 roles and 3 members now, 3 roles and 2 members listed). Review the list and try again.",
    });
    expect((await findOrganization(db, org.org.id)).plan).toBe("business");

    const result = await executeAction(changePlanAction, sessionOf(owner.memberId), form({ ...base, inactiveRoles: "3", affectedMembers: "3" }), db);
    const message = "Your organisation is now on Starter. 3 custom roles inactive until you upgrade; 3 members act as Agents meanwhile.";
    expect(result).toEqual({ ok: true, message, redirectTo: "/billing/plans", flash: message });
    expect(await roleRow(db, qa.id)).toMatchObject({ name: "QA Lead", permissions: ["members.view", "recordings.listen", "recordings.download"] });
    const during = await accessOf(db, lead.id);
    expect(during).toMatchObject({ customRoleInactive: true, role: { id: qa.id } });
    expect(during.permissions).toEqual(new Set(BUILT_IN_ROLES.agent.permissions));

    await changeOrganizationPlan(db, owner, { orgId: org.org.id, plan: "business" });
    expect((await accessOf(db, lead.id)).permissions).toEqual(new Set(["members.view", "recordings.listen", "recordings.download"]));
  });

  it("refuses a confirmation made stale by a role assigned since", async () => {
    const { org, owner, qa } = await businessWithRoles();
    const newcomer = await org.member("agent");
    await setMemberRole(db, org.org.id, newcomer.id, qa.id);
    await refusal(changeOrganizationPlan(db, owner, { orgId: org.org.id, plan: "pro", inactiveRoles: 3, affectedMembers: 3 }), "conflict");
    expect((await findOrganization(db, org.org.id)).plan).toBe("business");
  });

  it("downgrades without a confirmation when there are no custom roles", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const result = await changeOrganizationPlan(db, owner, { orgId: org.org.id, plan: "pro" });
    expect(result).toMatchObject({ from: "business", to: "pro", changed: true, impact: [] });
  });

  it("changes nothing and records nothing on the current plan", async () => {
    const { org, owner } = await businessWithRoles();
    expect(await executeAction(changePlanAction, sessionOf(owner.memberId), form({ orgId: org.org.id, plan: "business" }), db)).toEqual({
      ok: true,
      message: "Your organisation is already on Business.",
    });
    expect(await auditOf(db, org.org.id, "org.plan_changed")).toEqual([]);
  });

  it("sends a holder whose own custom role becomes inactive to the overview", async () => {
    const org = await makeOrg(db, "business");
    const { access, role } = await org.holder(withNeeds("billing.plan"), "Billing lead");
    const result = await executeAction(
      changePlanAction,
      sessionOf(access.memberId),
      form({ orgId: org.org.id, plan: "pro", inactiveRoles: "1", affectedMembers: "1" }),
      db,
    );
    expect(result).toMatchObject({ ok: true, redirectTo: "/" });
    expect((await accessOf(db, access.memberId)).permissions.has("billing.plan")).toBe(false);
    expect((await roleRow(db, role.id)).permissions).toEqual(["billing.view", "billing.plan"]);
  });

  it("refuses members without Change plans, and Admins", async () => {
    const { org } = await businessWithRoles();
    const admin = await org.member("admin");
    const viewer = await org.holder(withNeeds("billing.view"));
    for (const id of [admin.id, viewer.member.id]) {
      expect(await executeAction(changePlanAction, sessionOf(id), form({ orgId: org.org.id, plan: "enterprise" }), db)).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect((await findOrganization(db, org.org.id)).plan).toBe("business");
  });

  it("refuses a form opened for another organisation as not found", async () => {
    const { org } = await businessWithRoles();
    const other = await businessWithRoles();
    await refusal(changeOrganizationPlan(db, other.owner, { orgId: org.org.id, plan: "enterprise" }), "not_found");
    expect((await findOrganization(db, org.org.id)).plan).toBe("business");
    expect((await findOrganization(db, other.org.org.id)).plan).toBe("business");
  });

  it("refuses an unknown plan as invalid", async () => {
    const { org, owner } = await businessWithRoles();
    expect(await executeAction(changePlanAction, sessionOf(owner.memberId), form({ orgId: org.org.id, plan: "platinum" }), db)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { plan: ["Choose one of the plans."] },
    });
  });
});
