"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { setTwoFactorRequirement } from "./actions";

/** `lock`: why the requirement cannot be turned on by this member yet. */
export function RequirementForm({ orgId, required, lock }: { orgId: string; required: boolean; lock?: string }) {
  const { state, pending, onSubmit } = useActionForm(setTwoFactorRequirement);
  const [on, setOn] = useState(required);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="orgId" value={orgId} />
      <Switch
        label="Require two-factor authentication"
        description="Every member must use an authenticator app to sign in. Members without one are sent to set it up at their next click, and can do nothing else until they have."
        name="required"
        value="on"
        checked={on}
        disabled={Boolean(lock) && !on}
        onCheckedChange={setOn}
      />
      {lock && !on && <p className="text-sm text-slate-700">{lock}</p>}
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save security settings
      </SubmitButton>
    </form>
  );
}
