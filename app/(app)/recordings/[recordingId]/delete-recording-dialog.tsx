"use client";

import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteRecording } from "../actions";

export function DeleteRecordingDialog({ recording }: { recording: { id: string; title: string; when: string } }) {
  const { state, pending, onSubmit } = useActionForm(deleteRecording);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="danger">Delete recording</Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title="Delete this recording?"
        description={
          <p>
            The audio and transcript of the {recording.title.toLowerCase()} on {recording.when} are deleted for good. The call itself stays in the analytics
            figures. This can’t be undone.
          </p>
        }
      >
        <form onSubmit={onSubmit} className="space-y-3">
          <input type="hidden" name="recordingId" value={recording.id} />
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <SubmitButton variant="danger" pending={pending} pendingText="Deleting…">
              Delete recording
            </SubmitButton>
          </div>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
