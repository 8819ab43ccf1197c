"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { restoreRoleVersion } from "../../actions";

/** One click: restore this version as a new one, based on the version the page showed. */
export function RestoreVersionButton({ roleId, fromVersion, currentVersion }: { roleId: string; fromVersion: number; currentVersion: number }) {
  const { state, pending, onSubmit } = useActionForm(restoreRoleVersion);
  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-3">
      <input type="hidden" name="roleId" value={roleId} />
      <input type="hidden" name="fromVersion" value={fromVersion} />
      <input type="hidden" name="version" value={currentVersion} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Restoring…">
        Restore version {fromVersion}
      </SubmitButton>
      <FormStatus state={state} className="min-w-0 flex-1" />
    </form>
  );
}
