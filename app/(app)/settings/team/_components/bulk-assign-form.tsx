"use client";

import { useRef, useState, useTransition } from "react";
import { ImpactConfirmDialog } from "@/components/impact-confirm-dialog";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/action";
import { plural } from "@/lib/format";
import type { PreviewResult } from "@/lib/roles/actions";
import { bulkAssignRole, previewBulkAssign } from "../actions";
import { BULK_ASSIGN_FORM } from "./bulk-assign-form-id";
import { roleOption } from "./role-option";

type Props = {
  roles: { id: string; name: string; unavailable?: string }[];
  /** Members matching the current search and filter, which "Select all matching" covers. */
  matching: number;
  q: string;
  filterRoleId?: string;
};

/** Pick members, pick a role, review who gains and loses what, then confirm once. */
export function BulkAssignForm({ roles, matching, q, filterRoleId }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<{ data: FormData; result: PreviewResult } | null>(null);
  const [status, setStatus] = useState<ActionState>(null);
  const [dialogStatus, setDialogStatus] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();

  function review(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setStatus(null);
    setDialogStatus(null);
    startTransition(async () => {
      const result = (await previewBulkAssign(null, data)) as PreviewResult;
      if (result.ok) setPreview({ data, result });
      else setStatus(result);
    });
  }

  function confirm() {
    if (!preview?.result.token) return;
    const data = preview.data;
    data.set("token", preview.result.token);
    startTransition(async () => {
      const result = await bulkAssignRole(null, data);
      if (result.ok) {
        setPreview(null);
        setStatus(result);
        formRef.current?.reset();
      } else setDialogStatus(result);
    });
  }

  const changes = preview?.result.impact ?? [];
  const skipped = preview?.result.skipped ?? [];
  return (
    <section aria-labelledby="bulk-assign-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="bulk-assign-heading" className="font-semibold">
        Change the role of several members
      </h2>
      <form id={BULK_ASSIGN_FORM} ref={formRef} onSubmit={review} className="mt-2 flex flex-wrap items-end gap-4">
        <input type="hidden" name="q" value={q} />
        <input type="hidden" name="filterRoleId" value={filterRoleId ?? ""} />
        <p className="w-full text-sm text-slate-700">Tick members in the list below, or every member the search and filter match.</p>
        <div className="flex items-center gap-2 py-2 text-sm">
          <input id="bulk-all" type="checkbox" name="allMatching" value="1" aria-describedby="bulk-matching-count" className="h-4 w-4" />
          <label htmlFor="bulk-all">Select all matching</label>
          <span id="bulk-matching-count" className="text-slate-700">
            ({plural(matching, "member")} match the search and filter)
          </span>
        </div>
        <Select label="New role" name="roleId" required defaultValue="" options={roles.map((role) => roleOption(role))}>
          <option value="" disabled>
            Choose a role
          </option>
        </Select>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending || undefined}>
          Review role change
        </Button>
        <FormStatus state={status} className="w-full" />
      </form>
      <ImpactConfirmDialog
        impact={preview ? changes : null}
        onClose={() => setPreview(null)}
        onConfirm={confirm}
        pending={pending || changes.length === 0}
        title={`Give ${plural(changes.length, "member")} the ${preview?.result.roleName ?? ""} role?`}
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
    </section>
  );
}
