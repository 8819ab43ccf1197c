"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  /** The server action that saves it: posts `orgId` and `required` ("on" when turned on). */
  action: Parameters<typeof useActionForm>[0];
  orgId: string;
  required: boolean;
  label: string;
  description: string;
  submitLabel: string;
  /** Why this member cannot turn it on yet; turning it off stays possible. */
  lock?: string;
};

/** An organisation-wide sign-in requirement (two-factor, single sign-on): one switch and Save. */
export function RequirementForm({ action, orgId, required, label, description, submitLabel, lock }: Props) {
  const { state, pending, onSubmit } = useActionForm(action);
  const [on, setOn] = useState(required);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="orgId" value={orgId} />
      <Switch label={label} description={description} name="required" value="on" checked={on} disabled={Boolean(lock) && !on} onCheckedChange={setOn} />
      {lock && !on && <p className="text-sm text-slate-700">{lock}</p>}
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
