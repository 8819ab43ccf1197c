import type { Db } from "@/db";
import { calls, recordings, type TranscriptLine } from "@/db/schema";
import { demoAudio } from "@/lib/recordings/demo-dialogues";
import type { MatrixArea } from "./types";

type CallInput = Partial<typeof calls.$inferInsert> & { orgId: string };

/** A call row as the product stores them; defaults describe an answered five-minute inbound call. */
export async function addCall(db: Db, input: CallInput) {
  const [row] = await db
    .insert(calls)
    .values({
      direction: "inbound",
      outcome: "answered",
      counterpart: "+14155550123",
      startedAt: new Date(),
      waitSeconds: 10,
      handleSeconds: 300,
      ...input,
    })
    .returning();
  return row;
}

const SAMPLE_TRANSCRIPT: TranscriptLine[] = [
  { atSeconds: 0.2, speaker: "agent", text: "Thanks for calling, how can I help?" },
  { atSeconds: 1.4, speaker: "customer", text: "My invoice shows a duplicate charge." },
  { atSeconds: 2.6, speaker: "agent", text: "I have refunded it for you." },
];

/** A recording of a new answered call, with real audio. */
export async function addRecording(
  db: Db,
  input: { orgId: string; memberId: string | null; transcript?: TranscriptLine[]; createdAt?: Date; call?: Partial<CallInput> },
) {
  const call = await addCall(db, { orgId: input.orgId, memberId: input.memberId, ...input.call });
  const transcript = input.transcript ?? SAMPLE_TRANSCRIPT;
  const [row] = await db
    .insert(recordings)
    .values({
      orgId: input.orgId,
      callId: call.id,
      memberId: input.memberId,
      durationSeconds: 4,
      audio: demoAudio(transcript, 4, 7),
      transcript,
      createdAt: input.createdAt ?? call.startedAt,
    })
    .returning();
  return { call, recording: row };
}

export const recordingsMatrix: MatrixArea = {
  async build(db, scene) {
    const { recording } = await addRecording(db, { orgId: scene.org.org.id, memberId: scene.agent.id });
    return { recordingId: recording.id };
  },
  forms: {
    "recordings.delete": (s) => ({ recordingId: s.ids.recordingId }),
  },
  handlers: {
    "/recordings/[recordingId]/audio": (s) => ({ recordingId: s.ids.recordingId }),
    "/recordings/[recordingId]/download": (s) => ({ recordingId: s.ids.recordingId }),
  },
};
