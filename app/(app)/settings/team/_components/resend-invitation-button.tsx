"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { resendInvitation } from "../actions";

export function ResendInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const form = useActionForm(resendInvitation);
  return (
    <ConfirmDialog
      trigger={{ variant: "secondary", "aria-label": `Resend the invitation for ${email}`, children: "Resend" }}
      title="Send a new invitation link?"
      description={
        <p>
          <strong className="break-all">{email}</strong> gets a new email with a link that works for 7 days. The link sent earlier stops working at once.
        </p>
      }
      form={form}
      fields={{ invitationId }}
      confirmLabel="Send new link"
      pendingText="Sending…"
      confirmVariant="primary"
      closeWhenDone
    />
  );
}
