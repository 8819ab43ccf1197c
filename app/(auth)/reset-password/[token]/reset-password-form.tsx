"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { state, pending, onSubmit } = useActionForm(resetPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields name="newPassword" label="New password" confirmLabel="Confirm new password" errors={errors} />
      <FormStatus state={state && !state.ok ? state : null} />
      <SubmitButton pending={pending} pendingText="Setting your new password…" className="w-full">
        Set new password
      </SubmitButton>
    </form>
  );
}
