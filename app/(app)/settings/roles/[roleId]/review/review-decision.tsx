"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { permissionLabel, type Permission } from "@/lib/authz/permissions";
import { confirmReview, removeUnusedPermissions } from "../../actions";

type Props = { roleId: string; version: number; unused: Permission[] };

/** The end of a review: "Still correct", or remove the permissions nobody used. */
export function ReviewDecision({ roleId, version, unused }: Props) {
  const confirm = useActionForm(confirmReview);
  const remove = useActionForm(removeUnusedPermissions);
  return (
    <div className="space-y-6">
      {unused.length > 0 && (
        <form onSubmit={remove.onSubmit} className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <input type="hidden" name="roleId" value={roleId} />
          <input type="hidden" name="version" value={version} />
          <fieldset>
            <legend className="font-semibold text-amber-950">Remove unused permissions</legend>
            <p className="mt-1 text-amber-950">Nobody holding this role used these in the last 90 days. Removing one also removes what depends on it.</p>
            <ul className="mt-3 space-y-2">
              {unused.map((key) => (
                <li key={key}>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="remove" value={key} defaultChecked className="h-4 w-4" />
                    {permissionLabel(key)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <SubmitButton pending={remove.pending} pendingText="Removing…">
              Remove and finish review
            </SubmitButton>
            <FormStatus state={remove.state} className="min-w-0 flex-1" />
          </div>
        </form>
      )}
      <form onSubmit={confirm.onSubmit} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="roleId" value={roleId} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton variant={unused.length ? "secondary" : "primary"} pending={confirm.pending} pendingText="Saving…">
          Still correct
        </SubmitButton>
        <FormStatus state={confirm.state} className="min-w-0 flex-1" />
      </form>
    </div>
  );
}
