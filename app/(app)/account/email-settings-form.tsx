"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { setEmailSettings } from "./actions";

/** Every email setting of the member in one form; the sensitive-permissions switch only for Owners (`sensitiveGrantEmails` set). */
export function EmailSettingsForm({ settings }: { settings: { newDeviceEmails: boolean; sensitiveGrantEmails: boolean | null } }) {
  const { state, pending, onSubmit } = useActionForm(setEmailSettings);
  const [newDevice, setNewDevice] = useState(settings.newDeviceEmails);
  const [sensitive, setSensitive] = useState(settings.sensitiveGrantEmails);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <Switch
        label="Email me when someone signs in from a new device"
        description="A browser or network your account has not signed in from before. Not for your account's very first sign-in."
        name="newDeviceEmails"
        value="on"
        checked={newDevice}
        onCheckedChange={setNewDevice}
      />
      {sensitive !== null && (
        <Switch
          label="Sensitive permissions granted"
          description="Email me when another member is given a sensitive permission. The notice in Switchboard comes either way."
          name="sensitiveGrantEmails"
          value="on"
          checked={sensitive}
          onCheckedChange={setSensitive}
        />
      )}
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Saving…">
        Save email settings
      </SubmitButton>
    </form>
  );
}
