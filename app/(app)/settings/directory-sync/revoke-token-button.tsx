"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeScimToken } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const form = useActionForm(revokeScimToken);
  return (
    <ConfirmDialog
      trigger={{ variant: "secondary", "aria-label": `Revoke the token ${name}`, children: "Revoke" }}
      title="Revoke this token?"
      description={
        <p>
          Your directory&apos;s requests with <strong>{name}</strong> are refused from now on. Members it provisioned stay as they are.
        </p>
      }
      form={form}
      fields={{ tokenId }}
      confirmLabel="Revoke token"
      pendingText="Revoking…"
    />
  );
}
