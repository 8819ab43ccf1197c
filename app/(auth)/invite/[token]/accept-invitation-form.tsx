"use client";

import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { state, pending, onSubmit } = useActionForm(acceptInvitationAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        readOnly
        className="bg-slate-100"
        hint="Your invitation is for this address."
      />
      <Field label="Your name" name="name" autoComplete="name" required limit={80} errors={errors?.name} />
      <NewPasswordFields name="password" label="Password" confirmLabel="Confirm password" errors={errors} />
      <FormStatus state={state && !state.ok ? state : null} />
      <SubmitButton pending={pending} pendingText="Creating your account…">
        Create account and sign in
      </SubmitButton>
    </form>
  );
}
