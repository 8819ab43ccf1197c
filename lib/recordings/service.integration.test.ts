import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { listRecordings, findRecording } from "@/db/queries/recordings";
import { calls } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { executeHandler } from "@/lib/route-handler";
import { auditOf, form, makeOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { addRecording } from "@/test/matrix/recordings";
import { deleteRecordingAction } from "./actions";
import { downloadRecordingHandler, playRecordingHandler } from "./handlers";
import { deleteRecording } from "./service";

const db = useFreshDatabase();

async function scene() {
  const org = await makeOrg(db, "business");
  const agent = await org.member("agent");
  const { recording, call } = await addRecording(db, {
    orgId: org.org.id,
    memberId: agent.id,
    call: { counterpart: "+14155550142", startedAt: new Date("2025-03-04T14:05:00Z") },
  });
  return { org, agent, recording, call };
}

describe("deleteRecording", () => {
  it("deletes the recording, keeps the call, and writes one audit entry", async () => {
    const { org, recording, call, agent } = await scene();
    const { access } = await org.holder(withNeeds("recordings.delete"), "Recording cleaner");
    const result = await executeAction(deleteRecordingAction, sessionOf(access.memberId), form({ recordingId: recording.id }), db);
    expect(result).toMatchObject({ ok: true, redirectTo: "/recordings" });
    expect(await findRecording(db, org.org.id, recording.id)).toBeNull();
    expect(await db.select().from(calls).where(eq(calls.id, call.id))).toHaveLength(1);
    const audit = await auditOf(db, org.org.id, "recording.deleted");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: access.memberId, targetId: recording.id, targetName: "Call from +1 (415) 555-0142 on 4 Mar 2025, 14:05 UTC" });
    expect(audit[0].details.lines).toEqual([`Handled by ${agent.name}`, "0:04 of audio and its 3 lines of transcript"]);
  });

  it("refuses a member without Delete recordings, and keeps the recording", async () => {
    const { org, recording } = await scene();
    const { access } = await org.holder(withNeeds("recordings.download"));
    const result = await executeAction(deleteRecordingAction, sessionOf(access.memberId), form({ recordingId: recording.id }), db);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await findRecording(db, org.org.id, recording.id)).not.toBeNull();
  });

  it("does not find another organisation's recording", async () => {
    const { recording, org } = await scene();
    const other = await makeOrg(db, "business");
    const { access } = await other.holder(withNeeds("recordings.delete"));
    await refusal(deleteRecording(db, access, { recordingId: recording.id }), "not_found");
    expect(await findRecording(db, org.org.id, recording.id)).not.toBeNull();
    expect(await auditOf(db, other.org.id, "recording.deleted")).toHaveLength(0);
  });

  it("answers a second delete of the same recording as not found", async () => {
    const { org, recording } = await scene();
    const { access } = await org.holder(withNeeds("recordings.delete"));
    await deleteRecording(db, access, { recordingId: recording.id });
    await refusal(deleteRecording(db, access, { recordingId: recording.id }), "not_found");
    expect(await auditOf(db, org.org.id, "recording.deleted")).toHaveLength(1);
  });

  it("rejects input that names no recording", async () => {
    const { org } = await scene();
    const { access } = await org.holder(withNeeds("recordings.delete"));
    const result = await executeAction(deleteRecordingAction, sessionOf(access.memberId), form({ recordingId: "not-an-id" }), db);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { recordingId: ["Choose a recording."] } });
  });
});

describe("listRecordings", () => {
  it("filters by member, date range and transcript words, newest first, within the organisation", async () => {
    const org = await makeOrg(db, "business");
    const [liam, ava] = [await org.member("agent"), await org.member("agent")];
    const at = (d: string) => new Date(`${d}T12:00:00Z`);
    const says = (text: string) => [{ atSeconds: 0.2, speaker: "customer" as const, text }];
    const a = await addRecording(db, { orgId: org.org.id, memberId: liam.id, createdAt: at("2025-01-10"), transcript: says("My parcel is late") });
    const b = await addRecording(db, { orgId: org.org.id, memberId: ava.id, createdAt: at("2025-02-10"), transcript: says("Refund the duplicate charge") });
    const c = await addRecording(db, { orgId: org.org.id, memberId: liam.id, createdAt: at("2025-03-10"), transcript: says("100% refund please") });
    const other = await makeOrg(db, "business");
    await addRecording(db, { orgId: other.org.id, memberId: (await other.member("agent")).id, transcript: says("Refund") });

    const ids = async (filter: Parameters<typeof listRecordings>[2]) => (await listRecordings(db, org.org.id, filter)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([c.recording.id, b.recording.id, a.recording.id]);
    expect(await ids({ memberId: liam.id })).toEqual([c.recording.id, a.recording.id]);
    expect(await ids({ from: at("2025-02-01"), until: at("2025-03-01") })).toEqual([b.recording.id]);
    expect(await ids({ q: "REFUND" })).toEqual([c.recording.id, b.recording.id]);
    // Wildcards are searched for literally, and JSON keys are not text.
    expect(await ids({ q: "100%" })).toEqual([c.recording.id]);
    expect(await ids({ q: "%" })).toEqual([c.recording.id]);
    expect(await ids({ q: "speaker" })).toEqual([]);
    expect((await listRecordings(db, org.org.id, { q: "refund" })).total).toBe(2);
  });
});

describe("recording handlers", () => {
  const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://test${path}`, { headers });

  it("plays the audio inline, and answers a seek with the range asked for", async () => {
    const { org, recording } = await scene();
    const { access } = await org.holder(withNeeds("recordings.listen"));
    const params = { recordingId: recording.id };
    const whole = await executeHandler(playRecordingHandler, sessionOf(access.memberId), get(`/recordings/${recording.id}/audio`), params, db);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/wav");
    const body = Buffer.from(await whole.arrayBuffer());
    expect(body.toString("ascii", 0, 4)).toBe("RIFF");
    const part = await executeHandler(playRecordingHandler, sessionOf(access.memberId), get("/a", { range: "bytes=44-99" }), params, db);
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(44, 100));
  });

  it("downloads the audio and the transcript as attachments, only with Download files", async () => {
    const { org, recording, agent } = await scene();
    const params = { recordingId: recording.id };
    const listener = await org.holder(withNeeds("recordings.listen"));
    const refused = await executeHandler(downloadRecordingHandler, sessionOf(listener.access.memberId), get("/d"), params, db);
    expect(refused.status).toBe(403);

    const { access } = await org.holder(withNeeds("recordings.download"));
    const audio = await executeHandler(downloadRecordingHandler, sessionOf(access.memberId), get("/d"), params, db);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-disposition")).toBe('attachment; filename="call-2025-03-04-1405-inbound-14155550142.wav"');
    expect((await audio.arrayBuffer()).byteLength).toBe(recording.audio?.length);

    const text = await executeHandler(downloadRecordingHandler, sessionOf(access.memberId), get("/d?file=transcript"), params, db);
    expect(text.headers.get("content-disposition")).toBe('attachment; filename="call-2025-03-04-1405-inbound-14155550142.txt"');
    expect(await text.text()).toBe(
      `[0:00.2] ${agent.name}: Thanks for calling, how can I help?\n[0:01.4] Customer: My invoice shows a duplicate charge.\n[0:02.6] ${agent.name}: I have refunded it for you.\n`,
    );
  });

  it("answers 404 for another organisation's recording and for ids that are not ids", async () => {
    const { recording } = await scene();
    const other = await makeOrg(db, "business");
    const { access } = await other.holder(withNeeds("recordings.download"));
    for (const def of [playRecordingHandler, downloadRecordingHandler]) {
      expect((await executeHandler(def, sessionOf(access.memberId), get("/x"), { recordingId: recording.id }, db)).status).toBe(404);
      expect((await executeHandler(def, sessionOf(access.memberId), get("/x"), { recordingId: "nope" }, db)).status).toBe(404);
    }
  });
});
