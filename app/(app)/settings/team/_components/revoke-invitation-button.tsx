"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeInvitation } from "../actions";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const form = useActionForm(revokeInvitation);
  return (
    <ConfirmDialog
      trigger={{ variant: "secondary", "aria-label": `Revoke the invitation for ${email}`, children: "Revoke" }}
      title="Revoke this invitation?"
      description={
        <p>
          The link sent to <strong className="break-all">{email}</strong> stops working at once. You can invite them again later.
        </p>
      }
      form={form}
      fields={{ invitationId }}
      confirmLabel="Revoke invitation"
      pendingText="Revoking…"
    />
  );
}
