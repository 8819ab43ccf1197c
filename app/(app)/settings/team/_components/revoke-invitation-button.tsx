"use client";

import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeInvitation } from "../actions";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const { state, pending, onSubmit } = useActionForm(revokeInvitation);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="secondary" aria-label={`Revoke the invitation for ${email}`}>
          Revoke
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title="Revoke this invitation?"
        description={
          <p>
            The link sent to <strong className="break-all">{email}</strong> stops working at once. You can invite them again later.
          </p>
        }
      >
        <form onSubmit={onSubmit} className="space-y-3">
          <input type="hidden" name="invitationId" value={invitationId} />
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <SubmitButton variant="danger" pending={pending} pendingText="Revoking…">
              Revoke invitation
            </SubmitButton>
          </div>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
