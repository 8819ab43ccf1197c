"use client";

import { useState, useTransition } from "react";
import { ImpactConfirmDialog } from "@/components/impact-confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action";
import { plural } from "@/lib/format";
import type { PreviewResult } from "@/lib/roles/actions";
import { bulkAssignRole, previewBulkAssign } from "../actions";

/** Preview a bulk role change, then confirm exactly what was shown: the team list and a role's "Add members" share it. */
export function useBulkAssignReview(onSaved: () => void) {
  const [preview, setPreview] = useState<{ data: FormData; result: PreviewResult } | null>(null);
  const [status, setStatus] = useState<ActionState>(null);
  const [dialogStatus, setDialogStatus] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();

  function review(data: FormData) {
    setStatus(null);
    setDialogStatus(null);
    startTransition(async () => {
      const result = (await previewBulkAssign(null, data)) as PreviewResult;
      // Updates after an await leave the transition unless wrapped again: without this the dialog
      // opened while `pending` was still true, its confirm button disabled, then faded to enabled.
      startTransition(() => {
        if (result.ok) setPreview({ data, result });
        else setStatus(result);
      });
    });
  }

  function confirm() {
    if (!preview?.result.token) return;
    const data = preview.data;
    data.set("token", preview.result.token);
    startTransition(async () => {
      const result = await bulkAssignRole(null, data);
      startTransition(() => {
        if (result.ok) {
          setPreview(null);
          setStatus(result);
          onSaved();
        } else setDialogStatus(result);
      });
    });
  }

  return { review, pending, status, dialog: { preview: preview?.result ?? null, dialogStatus, pending, confirm, close: () => setPreview(null) } };
}

type DialogProps = ReturnType<typeof useBulkAssignReview>["dialog"];

/** Who gains and loses what, and who is left as they are and why; nothing changes until Confirm. */
export function BulkAssignDialog({ preview, dialogStatus, pending, confirm, close }: DialogProps) {
  const changes = preview?.impact ?? [];
  const skipped = preview?.skipped ?? [];
  return (
    <ImpactConfirmDialog
      impact={preview ? changes : null}
      onClose={close}
      onConfirm={confirm}
      pending={pending || changes.length === 0}
      title={`Give ${plural(changes.length, "member")} the ${preview?.roleName ?? ""} role?`}
      description={
        <p>
          {changes.length
            ? "Here is what each member gains and loses. Nothing changes until you confirm."
            : "None of the selected members can be given this role."}
        </p>
      }
      confirmLabel={`Change ${plural(changes.length, "member")}`}
    >
      {skipped.length > 0 && (
        <div className="mt-3 space-y-1 text-sm">
          <p className="font-medium">Left as they are:</p>
          <ul
            aria-label="Members left as they are"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable list: focusable so keyboard users can scroll it
            tabIndex={0}
            className="max-h-40 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
          >
            {skipped.map((member) => (
              <li key={member.id} className="px-3 py-2">
                <span className="font-medium">{member.name}</span> <span className="text-slate-700">{member.email}</span>
                <span className="block text-xs text-slate-700">{member.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormStatus state={dialogStatus} className="mt-3" />
    </ImpactConfirmDialog>
  );
}
