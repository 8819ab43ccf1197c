"use client";

import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "../../numbers/_components/use-hydrated";
import { deleteTemplate } from "../actions";

export function DeleteTemplateDialog({ template }: { template: { id: string; name: string; version: number } }) {
  const { state, pending, onSubmit } = useActionForm(deleteTemplate);
  const hydrated = useHydrated();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="danger" disabled={!hydrated} aria-label={`Delete template ${template.name}`}>
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title={`Delete “${template.name}”?`}
        description={<p>The team will no longer be able to insert it into replies. Messages already sent stay as they are. This can't be undone.</p>}
      >
        <form onSubmit={onSubmit} className="space-y-3">
          <input type="hidden" name="templateId" value={template.id} />
          <input type="hidden" name="version" value={template.version} />
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <SubmitButton variant="danger" pending={pending} pendingText="Deleting…">
              Delete template
            </SubmitButton>
          </div>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
