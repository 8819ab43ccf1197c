"use client";

import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const { state, pending, onSubmit } = useActionForm(requestPasswordResetAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <Field label="Email" name="email" type="email" autoComplete="username" required limit={254} errors={errors?.email} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Sending…" className="w-full">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
