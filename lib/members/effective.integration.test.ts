// Effective permissions on a real database: the explanation must match what loadAccess()
// enforces, on every plan, and stay inside the organisation.
import { describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { navigationFor } from "@/lib/authz/routes";
import { changePlan } from "@/lib/orgs/service";
import type { Plan } from "@/lib/plans";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { effectiveAccessOf, previewNavigation } from "./effective";

const db = useFreshDatabase();

async function explained(orgId: string, plan: Plan, memberId: string) {
  const result = await effectiveAccessOf(db, { orgId, plan }, memberId);
  if (!result) throw new Error("member not found");
  return result;
}

/** What the server enforces for the member right now, in registry order. */
async function enforced(memberId: string) {
  const access = await loadAccess(db, memberId);
  return access ? [...access.permissions] : [];
}

describe("effectiveAccessOf", () => {
  it("lists a custom role's permissions as granted by it on Business", async () => {
    const org = await makeOrg(db, "business");
    const role = await org.customRole("QA Lead", ["members.view", "recordings.listen", "recordings.download"]);
    const member = await org.member({ roleId: role.id });
    const result = await explained(org.org.id, "business", member.id);
    expect(result.roleInactive).toBe(false);
    expect(result.rows).toEqual([
      { key: "members.view", label: "View members", category: "Team Management", held: true, grantedBy: "QA Lead", planEffect: null },
      { key: "recordings.listen", label: "Listen to recordings", category: "Recordings & Transcripts", held: true, grantedBy: "QA Lead", planEffect: null },
      { key: "recordings.download", label: "Download files", category: "Recordings & Transcripts", held: true, grantedBy: "QA Lead", planEffect: null },
    ]);
    expect(result.holds).toEqual(await enforced(member.id));
  });

  it("explains an inactive custom role below Business: what is lost, what Agent grants instead", async () => {
    const org = await makeOrg(db, "starter");
    const role = await org.customRole("Billing Lead", ["members.view", "billing.view", "billing.payment"]);
    const member = await org.member({ roleId: role.id });
    const result = await explained(org.org.id, "starter", member.id);
    expect(result.roleInactive).toBe(true);
    const row = (key: string) => result.rows.find((r) => r.key === key);
    expect(row("members.view")).toMatchObject({ held: true, grantedBy: "Agent", planEffect: "Kept: Agent also grants it" });
    expect(row("billing.view")).toMatchObject({
      held: false,
      grantedBy: null,
      planEffect: "Not held: Billing Lead is inactive on Starter (returns on the Business plan)",
    });
    expect(row("messaging.send")).toMatchObject({ held: true, grantedBy: "Agent", planEffect: "Granted by Agent while Billing Lead is inactive on Starter" });
    expect(result.holds).toEqual([...BUILT_IN_ROLES.agent.permissions]);
    expect(result.holds).toEqual(await enforced(member.id));
  });

  it("follows a plan change both ways, matching what the server enforces", async () => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    const role = await org.customRole("Exporter", ["analytics.view", "analytics.export"]);
    const member = await org.member({ roleId: role.id });
    const actor = { orgId: org.org.id, memberId: owner.id, name: owner.name };
    await changePlan(db, actor, "pro");
    const down = await explained(org.org.id, "pro", member.id);
    expect(down.holds).not.toContain("analytics.export");
    expect(down.holds).toEqual(await enforced(member.id));
    await changePlan(db, actor, "enterprise");
    const up = await explained(org.org.id, "enterprise", member.id);
    expect(up.holds).toEqual(["analytics.view", "analytics.export"]);
    expect(up.holds).toEqual(await enforced(member.id));
  });

  it.each(["owner", "admin", "agent"] as const)("lists what the built-in %s role grants, whatever the plan", async (kind) => {
    const org = await makeOrg(db, "starter");
    const member = await org.member(kind);
    const result = await explained(org.org.id, "starter", member.id);
    expect(result.holds).toEqual([...BUILT_IN_ROLES[kind].permissions]);
    expect(result.rows.every((r) => r.grantedBy === BUILT_IN_ROLES[kind].name && r.planEffect === null)).toBe(true);
    expect(result.holds).toEqual(await enforced(member.id));
  });

  it("holds nothing while deactivated, but still shows what the role would grant", async () => {
    const org = await makeOrg(db, "business");
    const member = await org.member("admin", "deactivated");
    const result = await explained(org.org.id, "business", member.id);
    expect(result.member.status).toBe("deactivated");
    expect(result.holds).toEqual([]);
    expect(result.rows.length).toBe(BUILT_IN_ROLES.admin.permissions.length);
    expect(await enforced(member.id)).toEqual([]);
    expect(previewNavigation(result)).toEqual([]);
  });

  it("finds no member of another organisation", async () => {
    const mine = await makeOrg(db, "business");
    const theirs = await makeOrg(db, "business");
    const stranger = await theirs.member("agent");
    expect(await effectiveAccessOf(db, { orgId: mine.org.id, plan: "business" }, stranger.id)).toBeNull();
  });
});

describe("previewNavigation", () => {
  it("is the navigation the member's own app shell renders", async () => {
    const org = await makeOrg(db, "business");
    const role = await org.customRole("Supervisor", ["analytics.view", "recordings.listen"]);
    const member = await org.member({ roleId: role.id });
    const result = await explained(org.org.id, "business", member.id);
    const access = (await loadAccess(db, member.id))!;
    expect(previewNavigation(result)).toEqual(navigationFor(access.permissions));
    expect(previewNavigation(result).map((item) => item.label)).toEqual(["Overview", "Analytics", "Recordings", "Help"]);
  });
});
