"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Select, type SelectOption } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { setAuditRetention } from "../actions";

/** The Owner's choice of how long the log keeps entries. */
export function RetentionForm({ orgId, current, options, hint }: { orgId: string; current: string; options: SelectOption[]; hint: string }) {
  const { state, pending, onSubmit } = useActionForm(setAuditRetention);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="orgId" value={orgId} />
      <Select
        label="Keep audit entries"
        name="days"
        defaultValue={current}
        options={options}
        hint={hint}
        errors={state && !state.ok ? state.fieldErrors?.days : undefined}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save retention
      </SubmitButton>
    </form>
  );
}
