"use client";

import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePassword } from "./actions";

// On success the server signs this session out and sends the member to sign in again; a
// refusal keeps what was typed (useActionForm does not reset the form).
export function ChangePasswordForm({ email }: { email: string }) {
  const { state, pending, onSubmit } = useActionForm(changePassword);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {/* For password managers: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <NewPasswordFields name="newPassword" label="New password" confirmLabel="Confirm new password" errors={errors} />
      <FormStatus state={state && !state.ok ? state : null} />
      <SubmitButton pending={pending} pendingText="Changing password…">
        Change password
      </SubmitButton>
    </form>
  );
}
