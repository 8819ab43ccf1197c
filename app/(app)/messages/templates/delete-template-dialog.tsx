"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteTemplate } from "../actions";

export function DeleteTemplateDialog({ template }: { template: { id: string; name: string; version: number } }) {
  const form = useActionForm(deleteTemplate);
  return (
    <ConfirmDialog
      trigger={{ variant: "danger", "aria-label": `Delete template ${template.name}`, children: "Delete" }}
      title={`Delete “${template.name}”?`}
      description={<p>The team will no longer be able to insert it into replies. Messages already sent stay as they are. This can't be undone.</p>}
      form={form}
      fields={{ templateId: template.id, version: template.version }}
      confirmLabel="Delete template"
      pendingText="Deleting…"
    />
  );
}
