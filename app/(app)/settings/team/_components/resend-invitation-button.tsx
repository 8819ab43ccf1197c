"use client";

import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { resendInvitation } from "../actions";

export function ResendInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const { state, pending, onSubmit } = useActionForm(resendInvitation);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="secondary" aria-label={`Resend the invitation for ${email}`}>
          Resend
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title="Send a new invitation link?"
        description={
          <p>
            <strong className="break-all">{email}</strong> gets a new email with a link that works for 7 days. The link sent earlier stops working at once.
          </p>
        }
      >
        <form onSubmit={onSubmit} className="space-y-3">
          <input type="hidden" name="invitationId" value={invitationId} />
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">{state?.ok ? "Close" : "Cancel"}</Button>
            </AlertDialogCancel>
            {!state?.ok && (
              <SubmitButton pending={pending} pendingText="Sending…">
                Send new link
              </SubmitButton>
            )}
          </div>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
