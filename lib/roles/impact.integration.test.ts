import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { previewRoleUpdateAction, type PreviewResult } from "@/lib/roles/actions";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, refusal, roleRow, sessionOf } from "@/test/fixtures";
import { assignmentImpacts, planChangeImpact, roleDeleteImpact, roleEditImpact } from "./impact-service";

const db = useFreshDatabase();

const labels = (changes: { label: string }[]) => changes.map((c) => c.label);

async function scene(plan: "business" | "starter" = "business") {
  const org = await makeOrg(db, plan);
  const owner = await accessOf(db, (await org.member("owner")).id);
  const qa = await org.customRole("QA", ["members.view", "recordings.listen"]);
  const first = await org.member({ roleId: qa.id });
  const second = await org.member({ roleId: qa.id }, "deactivated");
  return { org, owner, qa, first, second };
}

describe("roleEditImpact", () => {
  it("gives every holder the same gains and losses, sensitive ones marked, and writes nothing", async () => {
    const { org, owner, qa, first, second } = await scene();
    const impact = await roleEditImpact(db, owner, {
      roleId: qa.id,
      name: "QA Leads",
      permissions: ["members.view", "analytics.view", "analytics.export"],
    });
    expect(impact.map((i) => i.id).sort()).toEqual([first.id, second.id].sort());
    for (const entry of impact) {
      expect(entry).toMatchObject({ fromRole: "QA", toRole: "QA Leads" });
      expect(labels(entry.gains)).toEqual(["View dashboards", "Export reports"]);
      expect(entry.gains.find((g) => g.key === "analytics.export")?.sensitive).toBe(true);
      expect(labels(entry.losses)).toEqual(["Listen to recordings"]);
    }
    expect((await roleRow(db, qa.id)).permissions).toEqual(["members.view", "recordings.listen"]);
    expect(await auditOf(db, org.org.id)).toEqual([]);
  });

  it("treats another organisation's role as not found, and built-in roles as unchangeable", async () => {
    const { qa } = await scene();
    const other = await scene();
    await refusal(roleEditImpact(db, other.owner, { roleId: qa.id, permissions: [] }), "not_found");
    const admin = await other.org.builtInRole("admin");
    await refusal(roleEditImpact(db, other.owner, { roleId: admin.id, permissions: [] }), "forbidden");
  });

  it("is served by a preview action that needs Manage roles and a plan with custom roles", async () => {
    const { org, owner, qa } = await scene();
    const form = new FormData();
    form.set("roleId", qa.id);
    form.append("permissions", "members.view");
    const result = await executeAction(previewRoleUpdateAction, sessionOf(owner.memberId), form, db);
    expect(result).toMatchObject({ ok: true, message: "2 members affected." });
    expect(labels((result as PreviewResult).impact![0].losses)).toEqual(["Listen to recordings"]);
    const { access } = await org.holder(["members.view", "roles.assign"]);
    expect(await executeAction(previewRoleUpdateAction, sessionOf(access.memberId), form, db)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("roleDeleteImpact", () => {
  it("moves each holder to Agent: gains what Agent has and the role lacked, loses the rest", async () => {
    const { owner, qa, first } = await scene();
    const impact = await roleDeleteImpact(db, owner, qa.id);
    expect(impact).toHaveLength(2);
    const entry = impact.find((i) => i.id === first.id)!;
    expect(entry).toMatchObject({ fromRole: "QA", toRole: "Agent", losses: [] });
    expect(labels(entry.gains)).toEqual(["View numbers", "View dashboards", "View conversations", "Send messages"]);
  });

  it("finds nothing of another organisation", async () => {
    const { qa } = await scene();
    const other = await scene();
    await refusal(roleDeleteImpact(db, other.owner, qa.id), "not_found");
  });
});

describe("assignmentImpacts", () => {
  it("keys each role's impact for one member by role id", async () => {
    const { org, owner, qa } = await scene();
    const admin = await org.builtInRole("admin");
    const impacts = assignmentImpacts(
      owner.plan,
      { id: "m", name: "M", email: "m@x.test", roleName: "QA", roleKind: "custom", rolePermissions: qa.permissions },
      [admin, qa],
    );
    expect(impacts[qa.id]).toMatchObject({ gains: [], losses: [] });
    expect(labels(impacts[admin.id].gains)).toContain("Manage roles");
    expect(impacts[admin.id].gains.filter((g) => g.sensitive).map((g) => g.label)).toEqual([
      "Manage roles",
      "Export reports",
      "Delete recordings",
      "Manage API keys",
      "Manage webhooks",
    ]);
    expect(impacts[admin.id].losses).toEqual([]);
  });
});

describe("planChangeImpact", () => {
  it("below Business, custom role holders lose what Agent lacks and gain what Agent has", async () => {
    const { owner, first, second } = await scene();
    const impact = await planChangeImpact(db, owner, "pro");
    expect(impact.map((i) => i.id).sort()).toEqual([first.id, second.id].sort());
    expect(impact[0]).toMatchObject({ fromRole: "QA", toRole: "QA (inactive: acts as Agent)" });
    expect(labels(impact[0].losses)).toEqual([]);
    expect(labels(impact[0].gains)).toEqual(["View numbers", "View dashboards", "View conversations", "Send messages"]);
  });

  it("shows a loss when the custom role holds more than Agent, and nothing between plans that both allow custom roles", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const billing = await org.customRole("Billing Admin", ["billing.view", "billing.plan", "billing.payment"]);
    await org.member({ roleId: billing.id });
    const [entry] = await planChangeImpact(db, owner, "starter");
    expect(labels(entry.losses)).toEqual(["View invoices", "Change plans", "Update payment methods"]);
    expect(entry.losses.filter((l) => l.sensitive).map((l) => l.label)).toEqual(["Change plans", "Update payment methods"]);
    expect(await planChangeImpact(db, owner, "enterprise")).toEqual([]);
  });

  it("on an upgrade back to Business, holders regain their custom role's permissions", async () => {
    const org = await makeOrg(db, "starter");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const exports = await org.customRole("Exports", ["analytics.view", "analytics.export"]);
    await org.member({ roleId: exports.id });
    const [entry] = await planChangeImpact(db, owner, "business");
    expect(entry).toMatchObject({ fromRole: "Exports (inactive: acts as Agent)", toRole: "Exports" });
    expect(labels(entry.gains)).toEqual(["Export reports"]);
  });
});
