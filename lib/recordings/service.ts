import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { deleteRecordingRow, findRecording } from "@/db/queries/recordings";
import type { Access } from "@/lib/authz/check";
import { notFound } from "@/lib/errors";
import { plural } from "@/lib/format";
import { formatDuration, recordingAuditName } from "./labels";

const NOT_FOUND = "That recording";

/** Deletes the audio and its transcript (the call itself stays in the figures), with an audit entry. */
export async function deleteRecording(db: Db, actor: Access, input: { recordingId: string }) {
  return db.transaction(async (tx) => {
    const recording = await findRecording(tx, actor.orgId, input.recordingId);
    if (!recording) throw notFound(NOT_FOUND);
    // Two people deleting at once: only one finds it still there.
    if (!(await deleteRecordingRow(tx, actor.orgId, recording.id))) throw notFound(NOT_FOUND);
    const name = recordingAuditName(recording);
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "recording.deleted",
        { id: recording.id, name: name },
        {
          lines: [
            `Handled by ${recording.memberName ?? "no member"}`,
            `${formatDuration(recording.durationSeconds)} of audio and its ${plural(recording.transcript.length, "line")} of transcript`,
          ],
        },
      ),
    );
    return { ...recording, name };
  });
}
