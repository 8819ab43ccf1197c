"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePlan } from "../actions";

/** During a trial: choosing the plan being tried ends the trial on it. */
export function KeepPlanForm({ orgId, plan, label }: { orgId: string; plan: string; label: string }) {
  const { state, pending, onSubmit } = useActionForm(changePlan);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="plan" value={plan} />
      <SubmitButton pending={pending} pendingText="Choosing…" className="w-full">
        Keep {label}
      </SubmitButton>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}
