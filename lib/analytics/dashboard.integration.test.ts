import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { members } from "@/db/schema";
import { executeHandler } from "@/lib/route-handler";
import { makeOrg, sessionOf, withNeeds } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { addCall } from "@/test/matrix/recordings";
import { loadDashboard } from "./dashboard";
import { exportStream } from "./export";
import { exportReportHandler } from "./handlers";
import { periodRange } from "./period";

const db = useFreshDatabase();

const NOW = new Date("2025-03-10T15:00:00Z");
const at = (iso: string) => new Date(iso);

/** An organisation with two agents' calls over a week, and a call in another organisation. */
async function scene() {
  const org = await makeOrg(db, "business");
  const liam = await org.member("agent");
  const ava = await org.member("agent");
  const orgId = org.org.id;
  await addCall(db, { orgId, memberId: liam.id, startedAt: at("2025-03-10T09:00:00Z"), handleSeconds: 300 });
  await addCall(db, { orgId, memberId: liam.id, startedAt: at("2025-03-09T09:00:00Z"), handleSeconds: 100 });
  await addCall(db, { orgId, memberId: liam.id, startedAt: at("2025-03-09T10:00:00Z"), outcome: "missed", handleSeconds: 0 });
  await addCall(db, { orgId, memberId: ava.id, startedAt: at("2025-03-08T09:00:00Z"), handleSeconds: 600 });
  await addCall(db, { orgId, memberId: ava.id, startedAt: at("2025-03-08T11:00:00Z"), outcome: "voicemail", handleSeconds: 0 });
  await addCall(db, { orgId, memberId: null, startedAt: at("2025-03-07T11:00:00Z"), outcome: "missed", handleSeconds: 0 });
  // Outside the last 7 days, and in another organisation.
  await addCall(db, { orgId, memberId: liam.id, startedAt: at("2025-03-03T23:59:59Z") });
  const other = await makeOrg(db, "business");
  await addCall(db, { orgId: other.org.id, memberId: (await other.member("agent")).id, startedAt: at("2025-03-10T10:00:00Z") });
  return { org, liam, ava };
}

describe("loadDashboard", () => {
  it("shows a member without stats toggles only their own figures", async () => {
    const { org, liam } = await scene();
    const access = { ...(await org.holder(withNeeds("analytics.view"))).access, memberId: liam.id };
    const dashboard = await loadDashboard(db, access, 7, NOW);
    expect(dashboard.team).toBeNull();
    expect(dashboard.members).toBeNull();
    expect(dashboard.own).toMatchObject({ calls: 3, answered: 2, missed: 1, voicemail: 0, handleSeconds: 400, averageHandleSeconds: 200 });
    expect(dashboard.own.days.map((d) => d.day)).toEqual(periodRange(7, NOW).dayKeys);
    expect(dashboard.own.days.at(-2)).toMatchObject({ day: "2025-03-09", calls: 2, missed: 1, averageHandleSeconds: 100 });
  });

  it("adds organisation totals with Access team-wide stats", async () => {
    const { org } = await scene();
    const { access } = await org.holder(withNeeds("analytics.teamStats"));
    const dashboard = await loadDashboard(db, access, 7, NOW);
    expect(dashboard.members).toBeNull();
    expect(dashboard.own.calls).toBe(0);
    expect(dashboard.team).toMatchObject({ calls: 6, answered: 3, missed: 2, voicemail: 1, handleSeconds: 1000, answerRate: 0.5 });
    expect((await loadDashboard(db, access, 30, NOW)).team!.calls).toBe(7);
  });

  it("adds each member's figures with Access individual stats", async () => {
    const { org, liam, ava } = await scene();
    const { access } = await org.holder(withNeeds("analytics.individualStats"));
    const dashboard = await loadDashboard(db, access, 7, NOW);
    expect(dashboard.team).toBeNull();
    expect(dashboard.members).toEqual([
      expect.objectContaining({ memberId: liam.id, name: liam.name, calls: 3, answered: 2, averageHandleSeconds: 200 }),
      expect.objectContaining({ memberId: ava.id, name: ava.name, calls: 2, voicemail: 1, averageHandleSeconds: 600 }),
      expect.objectContaining({ memberId: null, name: "No member", calls: 1, missed: 1 }),
    ]);
  });
});

async function readAll(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(decoder.decode(value));
  }
  return chunks;
}

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("export", () => {
  it("streams own calls in keyset batches, oldest first", async () => {
    const { org, liam } = await scene();
    const access = { ...(await org.holder(withNeeds("analytics.export"))).access, memberId: liam.id, name: liam.name };
    const chunks = await readAll(exportStream(db, access, periodRange(7, NOW), 2));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(lines(chunks.join(""))).toEqual([
      "Started at (UTC),Direction,Outcome,Member,Wait (seconds),Handle time (seconds)",
      `2025-03-09T09:00:00.000Z,inbound,answered,${liam.name},10,100`,
      `2025-03-09T10:00:00.000Z,inbound,missed,${liam.name},10,0`,
      `2025-03-10T09:00:00.000Z,inbound,answered,${liam.name},10,300`,
    ]);
  });

  it("lists everyone's calls with team-wide stats but names only the member exporting", async () => {
    const { org } = await scene();
    const { access } = await org.holder(withNeeds("analytics.export", "analytics.teamStats"));
    const rows = lines((await readAll(exportStream(db, access, periodRange(7, NOW), 4))).join(""));
    expect(rows).toHaveLength(7);
    expect(rows.slice(1).map((r) => r.split(",")[3])).toEqual([
      "No member",
      "Another member",
      "Another member",
      "Another member",
      "Another member",
      "Another member",
    ]);
  });

  it("names every member with individual stats, neutralising names that look like formulas", async () => {
    const { org, ava } = await scene();
    await db.update(members).set({ name: '=HYPERLINK("http://x")' }).where(eq(members.id, ava.id));
    const { access } = await org.holder(withNeeds("analytics.export", "analytics.individualStats"));
    const csv = (await readAll(exportStream(db, access, periodRange(7, NOW)))).join("");
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it("keeps a name like Liam;=1+1; from becoming a formula where spreadsheets split on semicolons", async () => {
    const { org, ava } = await scene();
    await db.update(members).set({ name: "Liam;=1+1;" }).where(eq(members.id, ava.id));
    const { access } = await org.holder(withNeeds("analytics.export", "analytics.individualStats"));
    const csv = (await readAll(exportStream(db, access, periodRange(7, NOW)))).join("");
    expect(csv).toContain(`,"Liam;'=1+1;",`);
    // Split as a semicolon locale would: no field starts a formula.
    expect(
      lines(csv)
        .flatMap((line) => line.split(";"))
        .filter((field) => /^[=+\-@]/.test(field)),
    ).toEqual([]);
  });
});

describe("export handler", () => {
  const get = (query = "") => new Request(`http://test/analytics/export${query}`);

  it("answers with a CSV attachment and the row count, for the period asked", async () => {
    const { org } = await scene();
    const { access } = await org.holder(withNeeds("analytics.export", "analytics.teamStats"));
    await addCall(db, { orgId: org.org.id, memberId: access.memberId, startedAt: new Date() });
    const response = await executeHandler(exportReportHandler, sessionOf(access.memberId), get("?period=90"), {}, db);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="org-.+-calls-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const count = Number(response.headers.get("x-row-count"));
    expect(count).toBeGreaterThanOrEqual(1);
    expect(lines(await response.text())).toHaveLength(count + 1);
  });

  it("refuses an unknown period and a member without Export reports", async () => {
    const { org } = await scene();
    const { access } = await org.holder(withNeeds("analytics.export"));
    expect((await executeHandler(exportReportHandler, sessionOf(access.memberId), get("?period=365"), {}, db)).status).toBe(400);
    const viewer = await org.holder(withNeeds("analytics.view", "analytics.teamStats", "analytics.individualStats"));
    expect((await executeHandler(exportReportHandler, sessionOf(viewer.access.memberId), get(), {}, db)).status).toBe(403);
  });
});
