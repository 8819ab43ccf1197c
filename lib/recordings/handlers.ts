import { findRecording, findRecordingAudio, storeRecordingAudio } from "@/db/queries/recordings";
import { defineHandler, type HandlerDefinition } from "@/lib/route-handler";
import { notFound } from "@/lib/errors";
import { parseId } from "@/lib/ids";
import type { Db } from "@/db";
import { audioResponse } from "./audio-response";
import { demoAudioOf } from "./demo-dialogues";
import { recordingFileName, transcriptText } from "./labels";

type Params = { recordingId: string };

const NOT_FOUND = "That recording";

async function audioOf(db: Db, orgId: string, recordingId: string) {
  const id = parseId(recordingId);
  const row = id ? await findRecordingAudio(db, orgId, id) : null;
  if (!row) throw notFound(NOT_FOUND);
  if (row.audio) return { audio: row.audio, mimeType: row.mimeType };
  // Demo recordings are seeded without audio: synthesised on first play, then kept.
  const audio = demoAudioOf(row);
  await storeRecordingAudio(db, orgId, row.id, audio);
  return { audio, mimeType: row.mimeType };
}

/** What the player on the recording page streams from. */
export const playRecordingHandler = defineHandler<Params>({
  route: "/recordings/[recordingId]/audio",
  permission: "recordings.listen",
  async run({ db, actor, params, request }) {
    const { audio, mimeType } = await audioOf(db, actor.orgId, params.recordingId);
    return audioResponse(audio, { "content-type": mimeType, "content-disposition": "inline" }, request.headers.get("range"));
  },
});

/** The audio file as a download, or with ?file=transcript the transcript as text. */
export const downloadRecordingHandler = defineHandler<Params>({
  route: "/recordings/[recordingId]/download",
  permission: "recordings.download",
  async run({ db, actor, params, request }) {
    const id = parseId(params.recordingId);
    const recording = id ? await findRecording(db, actor.orgId, id) : null;
    if (!recording) throw notFound(NOT_FOUND);
    if (new URL(request.url).searchParams.get("file") === "transcript") {
      return new Response(transcriptText(recording), {
        headers: {
          "content-type": "text/plain; charset=utf-8",
          "content-disposition": `attachment; filename="${recordingFileName(recording, "txt")}"`,
          "cache-control": "private, no-store",
        },
      });
    }
    const { audio, mimeType } = await audioOf(db, actor.orgId, recording.id);
    return audioResponse(audio, { "content-type": mimeType, "content-disposition": `attachment; filename="${recordingFileName(recording, "wav")}"` }, null);
  },
});

export const recordingsHandlers: HandlerDefinition[] = [playRecordingHandler, downloadRecordingHandler];
