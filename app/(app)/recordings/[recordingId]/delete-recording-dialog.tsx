"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteRecording } from "../actions";

export function DeleteRecordingDialog({ recording }: { recording: { id: string; title: string; when: string } }) {
  const form = useActionForm(deleteRecording);
  return (
    <ConfirmDialog
      trigger={{ variant: "danger", children: "Delete recording" }}
      title="Delete this recording?"
      description={
        <p>
          The audio and transcript of the {recording.title.toLowerCase()} on {recording.when} are deleted for good. The call itself stays in the analytics
          figures. This can’t be undone.
        </p>
      }
      form={form}
      fields={{ recordingId: recording.id }}
      confirmLabel="Delete recording"
      pendingText="Deleting…"
    />
  );
}
