"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { setSsoRequirement } from "./actions";

export function RequireSsoForm({ orgId, required }: { orgId: string; required: boolean }) {
  const { state, pending, onSubmit } = useActionForm(setSsoRequirement);
  const [on, setOn] = useState(required);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="orgId" value={orgId} />
      <Switch
        label="Require SSO"
        description="Members must sign in through your identity provider; their password sign-in is refused. Owners keep their password and two-factor as a break-glass way in, in case the identity provider is down or misconfigured."
        name="required"
        value="on"
        checked={on}
        onCheckedChange={setOn}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save sign-in requirement
      </SubmitButton>
    </form>
  );
}
