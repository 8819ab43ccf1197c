import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { findRecording } from "@/db/queries/recordings";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { deleteLock, downloadLock } from "@/lib/recordings/capabilities";
import { formatDuration, recordingTitle } from "@/lib/recordings/labels";
import { DeleteRecordingDialog } from "./delete-recording-dialog";
import { RecordingPlayer } from "./recording-player";

export const metadata: Metadata = { title: "Recording" };

/** A button that is there but cannot be used, with the reason beside it. */
function Unavailable({ id, label, reason }: { id: string; label: string; reason: string }) {
  return (
    <div>
      <Button variant="secondary" disabled aria-describedby={id}>
        {label}
      </Button>
      <p id={id} className="mt-1 text-xs text-slate-700">
        {reason}
      </p>
    </div>
  );
}

export default async function RecordingPage({ params }: { params: Promise<{ recordingId: string }> }) {
  const access = await requirePage("/recordings/[recordingId]");
  const id = parseId((await params).recordingId);
  const recording = id ? await findRecording(getDb(), access.orgId, id) : null;
  if (!recording) notFound();

  const title = recordingTitle(recording);
  const base = `/recordings/${recording.id}`;
  const downloadReason = downloadLock(access);
  const deleteReason = deleteLock(access);
  const agentName = recording.memberName ?? "Agent";

  return (
    <AppShell access={access} current="/recordings/[recordingId]">
      <PageHeader
        back={{ href: "/recordings", label: "Recordings" }}
        title={title}
        description={
          <>
            {recording.direction === "inbound" ? "Answered" : "Made"} by {recording.memberName ?? "no member"} ·{" "}
            <time dateTime={recording.callStartedAt.toISOString()}>{formatDateTime(recording.callStartedAt)}</time> ·{" "}
            {formatDuration(recording.durationSeconds)} recorded
          </>
        }
      />
      <RecordingPlayer src={`${base}/audio`} title={title} transcript={recording.transcript} agentName={agentName} durationSeconds={recording.durationSeconds}>
        <section aria-labelledby="files-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="files-heading" className="text-sm font-semibold text-slate-900">
            Files
          </h2>
          {downloadReason ? (
            <Unavailable id="download-reason" label="Download audio" reason={downloadReason} />
          ) : (
            <div className="flex flex-wrap gap-2">
              <a href={`${base}/download`} download className={buttonClass("secondary")}>
                Download audio
              </a>
              <a href={`${base}/download?file=transcript`} download className={buttonClass("secondary")}>
                Download transcript
              </a>
            </div>
          )}
          {deleteReason ? (
            <Unavailable id="delete-reason" label="Delete recording" reason={deleteReason} />
          ) : (
            <DeleteRecordingDialog recording={{ id: recording.id, title, when: formatDateTime(recording.callStartedAt) }} />
          )}
        </section>
      </RecordingPlayer>
    </AppShell>
  );
}
