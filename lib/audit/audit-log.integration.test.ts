// The audit log page's query (filters, keyset paging both ways, tenant scoping), its export
// and the retention setting and job, on a real database.
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditSubjectName, existingTargets, listAuditPage } from "@/db/queries/audit";
import { auditEvents, organizations, type NewAuditEvent } from "@/db/schema";
import { auditOf, form, ownerOrg, sessionOf } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import type { Plan } from "@/lib/plans";
import { executeHandler } from "@/lib/route-handler";
import { executeAction } from "@/lib/action";
import { setAuditRetentionAction } from "./actions";
import { auditFilter, parseAuditView } from "./filters";
import { auditExportHandler } from "./handlers";
import { changeAuditRetention, expireAuditEvents, RETENTION_CHOICES, retentionChoices, retentionRefusal } from "./retention";

const db = useFreshDatabase();
const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-03-01T12:00:00Z");

/** An organisation with `n` entries, one a day from START (entry i on day i), alternating two actions and two targets. */
async function orgWithLog(n: number, plan: Plan = "business") {
  const org = await ownerOrg(db, plan);
  await db.delete(auditEvents).where(eq(auditEvents.orgId, org.org.id));
  const target = await org.member("agent");
  const rows: NewAuditEvent[] = Array.from({ length: n }, (_, i) => ({
    orgId: org.org.id,
    actorId: i % 2 ? org.owner.id : null,
    actorName: i % 2 ? org.owner.name : "Directory",
    action: i % 2 ? "member.deactivated" : "member.reactivated",
    targetId: i % 3 ? target.id : null,
    targetName: i % 3 ? target.name : `Thing ${i}`,
    createdAt: new Date(START + i * DAY),
  }));
  await db.insert(auditEvents).values(rows);
  return { ...org, target };
}

const view = (params: Record<string, string>) => parseAuditView(params).view;

describe("the audit log's filters from the URL", () => {
  it("reads every filter, and names each malformed value instead of failing", () => {
    const id = "0b0b0b0b-0000-4000-8000-000000000000";
    const parsed = parseAuditView({
      actor: id,
      action: "role.created",
      target: id,
      from: "2026-01-01",
      to: "2026-01-31",
      q: " Ana ",
      by: " ana@",
      about: "QA",
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.view).toMatchObject({
      actor: id,
      action: "role.created",
      target: id,
      from: "2026-01-01",
      to: "2026-01-31",
      q: "Ana",
      by: "ana@",
      about: "QA",
    });
    expect(auditFilter(parsed.view)).toMatchObject({ actorSearch: "ana@", targetSearch: "QA" });
    expect(auditFilter(parsed.view).until).toEqual(new Date("2026-02-01T00:00:00Z"));

    const bad = parseAuditView({ actor: "x", action: "drop.table", from: "31/01/2026", before: "1", q: "\u0000" });
    expect(bad.view).toEqual({ q: "", by: "", about: "" });
    expect(bad.problems).toEqual([
      "The actor in the link is not a member, so it was ignored.",
      "The kind of change in the link is unknown, so it was ignored.",
      "The From date must be a date like 2026-01-31, so it was ignored.",
      "The page in the link is not valid: showing the newest entries.",
    ]);
    expect(parseAuditView({ from: "2026-02-01", to: "2026-01-01" })).toMatchObject({
      view: { q: "", by: "", about: "" },
      problems: ["The From date is after the To date, so the dates were ignored."],
    });
    expect(parseAuditView({ action: ["role.created", "role.deleted"] }).view.action).toBe("role.created");
  });
});

describe("listAuditPage", () => {
  it("filters by actor, action, target, dates and search", async () => {
    const { org, owner, target } = await orgWithLog(12);
    const ids = async (params: Record<string, string>) => (await listAuditPage(db, org.id, auditFilter(view(params)))).rows.length;
    expect(await ids({})).toBe(12);
    expect(await ids({ actor: owner.id })).toBe(6);
    expect(await ids({ action: "member.reactivated" })).toBe(6);
    expect(await ids({ target: target.id })).toBe(8);
    // Days 2 to 4 (To included, whole days in UTC).
    expect(await ids({ from: "2026-03-03", to: "2026-03-05" })).toBe(3);
    expect(await ids({ q: "directory" })).toBe(6);
    expect(await ids({ q: "Thing 1" })).toBe(0);
    expect(await ids({ q: "Thing 9" })).toBe(1);
    expect(await ids({ q: "%" })).toBe(0);
    expect(await ids({ action: "member.deactivated", target: target.id, from: "2026-03-02" })).toBe(4);
    // The Actor and Target searches: a name as recorded, or a current member's email, on the server.
    expect(await ids({ by: owner.name.toUpperCase() })).toBe(6);
    expect(await ids({ by: owner.email.split("@")[0] })).toBe(6);
    expect(await ids({ by: "directory" })).toBe(6);
    expect(await ids({ about: target.email })).toBe(8);
    expect(await ids({ about: "Thing" })).toBe(4);
    expect(await ids({ by: owner.email, about: target.name })).toBe(4);
    expect(await ids({ by: "%" })).toBe(0);
  });

  it("pages newest first by cursor, Older then Newer back, with nothing lost or repeated", async () => {
    const { org } = await orgWithLog(7);
    // Two entries in one microsecond-identical instant: the id breaks the tie.
    const at = new Date(START + 3 * DAY);
    await db.insert(auditEvents).values([{ orgId: org.id, actorName: "Tie", action: "role.created", targetName: "Tie", createdAt: at }]);
    const all = (await listAuditPage(db, org.id, { limit: 100 })).rows.map((r) => r.id);
    expect(all).toHaveLength(8);

    const seen: string[] = [];
    let page = await listAuditPage(db, org.id, { limit: 3 });
    expect(page.newer).toBeNull();
    const pages = [page];
    while (page.older) {
      seen.push(...page.rows.map((r) => r.id));
      page = await listAuditPage(db, org.id, { limit: 3, before: page.older });
      pages.push(page);
    }
    seen.push(...page.rows.map((r) => r.id));
    expect(seen).toEqual(all);
    expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 2]);

    const back = await listAuditPage(db, org.id, { limit: 3, after: pages[2].newer! });
    expect(back.rows.map((r) => r.id)).toEqual(pages[1].rows.map((r) => r.id));
    const first = await listAuditPage(db, org.id, { limit: 3, after: back.newer! });
    expect(first.rows.map((r) => r.id)).toEqual(pages[0].rows.map((r) => r.id));
    expect(first.newer).toBeNull();
  });

  it("sees only its own organisation: another's filters and cursors find nothing", async () => {
    const mine = await orgWithLog(3);
    const theirs = await orgWithLog(3);
    const theirEntry = (await auditOf(db, theirs.org.id))[0];
    expect((await listAuditPage(db, mine.org.id, { targetId: theirs.target.id })).rows).toEqual([]);
    expect((await listAuditPage(db, mine.org.id, { before: theirEntry.id })).rows).toEqual([]);
    // Searching by another organisation's member's email finds nothing, nor does naming its id.
    expect((await listAuditPage(db, mine.org.id, { targetSearch: theirs.target.email })).rows).toEqual([]);
    expect(await auditSubjectName(db, mine.org.id, theirs.target.id)).toBeNull();
    expect(await auditSubjectName(db, mine.org.id, mine.target.id)).toBe(mine.target.name);
    const existing = await existingTargets(db, mine.org.id, [theirs.target.id, mine.target.id]);
    expect([...existing.members]).toEqual([mine.target.id]);
  });
});

describe("the audit log export", () => {
  it("writes the filtered view of the requester's organisation as CSV", async () => {
    const { owner } = await orgWithLog(4);
    // Another organisation's entry of the same kind stays out.
    await orgWithLog(2);
    const request = new Request("http://localhost/settings/audit-log/export?action=member.deactivated");
    const response = await executeHandler(auditExportHandler, sessionOf(owner.id), request, {}, db);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("Time (UTC),Actor,Action,Target,Summary,Details");
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.includes("member.deactivated"))).toBe(true);
  });

  it("refuses a member who may not read the log", async () => {
    const { member } = await ownerOrg(db);
    const agent = await member("agent");
    const response = await executeHandler(auditExportHandler, sessionOf(agent.id), new Request("http://localhost/settings/audit-log/export"), {}, db);
    expect(response.status).toBe(403);
  });
});

describe("audit retention", () => {
  it("keeps entries for the plan's default, then deletes those older than the Owner's choice, and audits the change", async () => {
    const { org, owner, ownerAccess } = await orgWithLog(10);
    const other = await orgWithLog(10);
    const now = new Date(START + 10 * DAY);
    expect(await expireAuditEvents(db, now)).toBe(0);

    const result = await executeAction(setAuditRetentionAction, sessionOf(owner.id), form({ orgId: org.id, days: "30" }), db);
    expect(result).toMatchObject({ ok: true, message: "Saved. Audit entries are kept for 30 days." });
    const [entry] = await auditOf(db, org.id, "org.audit_retention_changed");
    expect(entry.details.lines).toEqual(["Audit entries are now kept for 30 days."]);
    // Nothing is older than 30 days yet; 35 days after the last entry, the first five go.
    expect(await expireAuditEvents(db, now)).toBe(0);
    expect(await expireAuditEvents(db, new Date(START + 35 * DAY))).toBe(5);
    expect(await auditOf(db, org.id)).toHaveLength(6);
    expect(await auditOf(db, other.org.id)).toHaveLength(10);
    expect(await changeAuditRetention(db, ownerAccess, { orgId: org.id, days: 30 })).toBe(false);
  });

  it("deletes past each plan's maximum by default: 1 year on Starter, 2 years on Pro, never on Business", async () => {
    const starter = await orgWithLog(3, "starter");
    const pro = await orgWithLog(3, "pro");
    const business = await orgWithLog(3, "business");
    // 366 days after the first entry only Starter's first one is over its year.
    await expireAuditEvents(db, new Date(START + 366 * DAY));
    expect(await auditOf(db, starter.org.id)).toHaveLength(2);
    expect(await auditOf(db, pro.org.id)).toHaveLength(3);
    // Ten years on, Starter and Pro are empty; Business keeps everything.
    await expireAuditEvents(db, new Date(START + 3650 * DAY));
    expect(await auditOf(db, starter.org.id)).toHaveLength(0);
    expect(await auditOf(db, pro.org.id)).toHaveLength(0);
    expect(await auditOf(db, business.org.id)).toHaveLength(3);
  });

  it("shortens a longer choice, or Forever, to the plan's maximum after a downgrade", async () => {
    const chosen = await orgWithLog(3);
    const forever = await orgWithLog(3);
    expect(await changeAuditRetention(db, chosen.ownerAccess, { orgId: chosen.org.id, days: 2555 })).toBe(true);
    expect(await changeAuditRetention(db, forever.ownerAccess, { orgId: forever.org.id, days: "forever" })).toBe(false);
    const day400 = new Date(START + 400 * DAY);
    await expireAuditEvents(db, day400);
    expect(await auditOf(db, chosen.org.id, "member.reactivated")).toHaveLength(2);
    expect(await auditOf(db, forever.org.id, "member.reactivated")).toHaveLength(2);
    await db
      .update(organizations)
      .set({ plan: "starter" })
      .where(inArray(organizations.id, [chosen.org.id, forever.org.id]));
    // Starter keeps 1 year: the entries 398 to 400 days old go although 7 years, or forever, were chosen.
    await expireAuditEvents(db, day400);
    expect(await auditOf(db, chosen.org.id, "member.reactivated")).toHaveLength(0);
    expect(await auditOf(db, forever.org.id, "member.reactivated")).toHaveLength(0);
  });

  it("refuses a period longer than the plan allows, and Forever below Business, on the server", async () => {
    const starter = await orgWithLog(3, "starter");
    const session = sessionOf(starter.owner.id);
    for (const days of ["730", "forever"]) {
      const result = await executeAction(setAuditRetentionAction, session, form({ orgId: starter.org.id, days }), db);
      expect(result).toMatchObject({ ok: false, code: "invalid", formError: expect.stringContaining("Starter keeps audit entries for at most 1 year") });
    }
    const malformed = await executeAction(setAuditRetentionAction, session, form({ orgId: starter.org.id, days: "400" }), db);
    expect(malformed).toMatchObject({ ok: false, code: "invalid" });
    expect(await auditOf(db, starter.org.id, "org.audit_retention_changed")).toHaveLength(0);
    const ok = await executeAction(setAuditRetentionAction, session, form({ orgId: starter.org.id, days: "365" }), db);
    expect(ok).toMatchObject({ ok: true, message: "Saved. Audit entries are kept for 1 year." });
    const back = await executeAction(setAuditRetentionAction, session, form({ orgId: starter.org.id, days: "default" }), db);
    expect(back).toMatchObject({ ok: true, message: "Saved. Audit entries are kept for 1 year (the Starter plan's default)." });
  });

  it("offers only the periods a plan allows", () => {
    expect(retentionChoices("starter")).toEqual([30, 90, 180]);
    expect(retentionChoices("pro")).toEqual([30, 90, 180, 365]);
    expect(retentionChoices("business")).toEqual([...RETENTION_CHOICES]);
    expect(retentionRefusal("pro", 730)).toBeNull();
    expect(retentionRefusal("pro", 1095)).toContain("Pro keeps audit entries for at most 2 years");
    expect(retentionRefusal("business", "forever")).toBeNull();
  });

  it("is for Owners only", async () => {
    const { member, org } = await ownerOrg(db);
    const admin = await member("admin");
    const result = await executeAction(setAuditRetentionAction, sessionOf(admin.id), form({ orgId: org.id, days: "30" }), db);
    expect(result.ok).toBe(false);
  });
});
