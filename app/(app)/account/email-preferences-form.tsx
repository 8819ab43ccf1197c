"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { setEmailPreferences } from "./actions";

export function EmailPreferencesForm({ sensitiveGrantEmails }: { sensitiveGrantEmails: boolean }) {
  const { state, pending, onSubmit } = useActionForm(setEmailPreferences);
  const [on, setOn] = useState(sensitiveGrantEmails);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <Switch
        label="Sensitive permissions granted"
        description="Email me when another member is given a sensitive permission. The notice in Switchboard comes either way."
        name="sensitiveGrantEmails"
        value="on"
        checked={on}
        onCheckedChange={setOn}
      />
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Saving…">
        Save email settings
      </SubmitButton>
    </form>
  );
}
