// Comparing roles on a real database: only the requester's organisation's roles, in the order
// named, with the origin; the CSV export through the guarded handler.
import { describe, expect, it } from "vitest";
import { executeHandler } from "@/lib/route-handler";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg, refusal, sessionOf } from "@/test/fixtures";
import { loadComparison } from "./compare-load";
import { compareExportHandler } from "./handlers";

const db = useFreshDatabase();

const exportAs = (memberId: string, query: string) =>
  executeHandler(compareExportHandler, sessionOf(memberId), new Request(`http://test.local/settings/roles/compare/export${query}`), {}, db);

describe("loadComparison", () => {
  it("compares the named roles in order, built-in ones from code, with the origin last", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const lead = await org.customRole("Lead", ["members.view", "recordings.listen", "recordings.download"]);
    const agent = await org.builtInRole("agent");
    const c = await loadComparison(db, owner, { roles: [lead.id, agent.id], origin: "qa-supervisor" });
    expect(c.roles.map((r) => [r.name, r.note])).toEqual([
      ["Lead", "Custom"],
      ["Agent", "Built-in"],
      ["QA Supervisor", "Template"],
    ]);
    expect(c.rows.find((r) => r.key === "recordings.download")).toMatchObject({ grants: [true, false, false], differs: true });
    expect(c.rows.find((r) => r.key === "members.view")).toMatchObject({ grants: [true, true, true], differs: false });
  });

  it("marks custom roles inactive on a plan without them, still showing what they are set to grant", async () => {
    const org = await makeOrg(db, "starter");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const kept = await org.customRole("Kept", ["billing.view"]);
    const c = await loadComparison(db, owner, { roles: [kept.id], origin: "agent" });
    expect(c.roles[0]).toMatchObject({ name: "Kept", note: "Inactive" });
    expect(c.rows.find((r) => r.key === "billing.view")!.grants).toEqual([true, false]);
  });

  it("treats another organisation's role as not found", async () => {
    const mine = await makeOrg(db, "business");
    const owner = await accessOf(db, (await mine.member("owner")).id);
    const theirs = await (await makeOrg(db, "business")).customRole("Theirs", ["members.view"]);
    const agent = await mine.builtInRole("agent");
    await refusal(loadComparison(db, owner, { roles: [agent.id, theirs.id] }), "not_found");
  });

  it("compares every role of the organisation when none is named", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    await org.customRole("Extra", []);
    const c = await loadComparison(db, owner, { roles: [] });
    expect(c.roles.map((r) => r.name)).toEqual(["Owner", "Admin", "Agent", "Extra"]);
  });
});

describe("the CSV export", () => {
  it("answers a holder of Assign roles with the comparison as CSV", async () => {
    const org = await makeOrg(db, "business");
    const { access } = await org.holder(["members.view", "roles.assign"]);
    const admin = await org.builtInRole("admin");
    const owner = await org.builtInRole("owner");
    const response = await exportAs(access.memberId, `?roles=${owner.id},${admin.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Category,Permission,Differs,Owner (Built-in),Admin (Built-in)");
    expect(lines[1]).toBe("Team Management,Manage security settings,Yes,Granted,Not granted");
    expect(lines[2]).toBe("Billing,Change plans,Yes,Granted,Not granted");
  });

  it("refuses a member without Assign roles, a bad query, and another organisation's role", async () => {
    const org = await makeOrg(db, "business");
    const agent = await org.member("agent");
    expect((await exportAs(agent.id, "")).status).toBe(403);
    const owner = await org.member("owner");
    expect((await exportAs(owner.id, "?roles=not-a-uuid")).status).toBe(400);
    const theirs = await (await makeOrg(db, "business")).customRole("Theirs", []);
    expect((await exportAs(owner.id, `?roles=${theirs.id}`)).status).toBe(404);
  });
});
