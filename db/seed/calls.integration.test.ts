import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { calls, recordings } from "@/db/schema";
import { makeOrg } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { wavSeconds } from "@/lib/recordings/wav";
import { demoAudioOf } from "@/lib/recordings/demo-dialogues";
import { seedCalls } from "./calls";
import { seedContext } from "./context";

const db = useFreshDatabase();

const DAY_MS = 24 * 60 * 60 * 1000;

async function seeded(memberCount: number) {
  const org = await makeOrg(db, "business");
  for (let i = 0; i < memberCount; i++) await org.member(i === 0 ? "owner" : "agent");
  const gone = await org.member("agent", "deactivated");
  const ctx = await seedContext(db, org.org, 1);
  await seedCalls(ctx);
  const rows = await db.select().from(calls).where(eq(calls.orgId, org.org.id));
  const recorded = await db.select().from(recordings).where(eq(recordings.orgId, org.org.id));
  return { ctx, gone, rows, recorded };
}

describe("seedCalls", () => {
  it("gives a large team months of calls, spread across members, with recordings whose small real audio comes on first play", async () => {
    const { ctx, gone, rows, recorded } = await seeded(20);
    expect(rows.length).toBeGreaterThan(2000);
    expect(rows.length).toBeLessThan(4000);
    const ages = rows.map((r) => (ctx.now.getTime() - r.startedAt.getTime()) / DAY_MS);
    expect(Math.max(...ages)).toBeGreaterThan(85);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(new Set(rows.map((r) => r.memberId)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(["answered", "missed", "voicemail"]));
    expect(new Set(rows.map((r) => r.direction))).toEqual(new Set(["inbound", "outbound"]));
    expect(rows.filter((r) => r.outcome === "missed").every((r) => r.handleSeconds === 0)).toBe(true);
    // Someone who left took calls only before they did.
    const goneAges = rows.filter((r) => r.memberId === gone.id).map((r) => (ctx.now.getTime() - r.startedAt.getTime()) / DAY_MS);
    expect(goneAges.length).toBeGreaterThan(0);
    expect(Math.min(...goneAges)).toBeGreaterThan(44);

    expect(recorded.length).toBeGreaterThanOrEqual(60);
    expect(recorded.length).toBeLessThanOrEqual(140);
    const answered = new Set(rows.filter((r) => r.outcome === "answered").map((r) => r.id));
    // The audio is synthesised on first play; what it would be is checked here.
    const audio = recorded.map((recording) => demoAudioOf(recording));
    for (const [i, recording] of recorded.entries()) {
      expect(answered.has(recording.callId)).toBe(true);
      expect(recording.audio).toBeNull();
      expect(audio[i].toString("ascii", 0, 4)).toBe("RIFF");
      expect(audio[i].length).toBeLessThanOrEqual(40 * 1024);
      expect(wavSeconds(audio[i])).toBe(recording.durationSeconds);
      expect(recording.transcript.length).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(audio.map((a) => a.toString("base64"))).size).toBe(recorded.length);
  });

  it("gives a two-person startup a smaller history", async () => {
    const { rows, recorded } = await seeded(1);
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.length).toBeLessThan(600);
    expect(recorded.length).toBeGreaterThan(3);
  });
});
