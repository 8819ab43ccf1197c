"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeApiKey } from "./actions";

export function RevokeKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const form = useActionForm(revokeApiKey);
  return (
    <>
      <ConfirmDialog
        trigger={{ variant: "secondary", children: `Revoke ${name}`, "aria-label": `Revoke ${name}` }}
        title={`Revoke “${name}”?`}
        description={<p>Every request made with this key is refused from now on. This cannot be undone: a new key must be created instead.</p>}
        form={form}
        fields={{ keyId }}
        confirmLabel="Revoke key"
        pendingText="Revoking…"
        failuresOnly
      />
      <FormStatus state={form.state?.ok ? form.state : null} />
    </>
  );
}
