"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { signOutOtherSessions } from "./actions";

export function SignOutOthersForm() {
  const { state, pending, onSubmit } = useActionForm(signOutOtherSessions);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Signing out other sessions…">
        Sign out other sessions
      </SubmitButton>
    </form>
  );
}
