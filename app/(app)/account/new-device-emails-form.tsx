"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { setNewDeviceEmails } from "./actions";

export function NewDeviceEmailsForm({ enabled }: { enabled: boolean }) {
  const { state, pending, onSubmit } = useActionForm(setNewDeviceEmails);
  const [checked, setChecked] = useState(enabled);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <Switch
        label="Email me when someone signs in from a new device"
        description="A browser or network your account has not signed in from before. Not for your account's very first sign-in."
        name="newDeviceEmails"
        value="on"
        checked={checked}
        onCheckedChange={setChecked}
      />
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Saving…">
        Save email setting
      </SubmitButton>
    </form>
  );
}
