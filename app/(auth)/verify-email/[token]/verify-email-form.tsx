"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { verifyEmailAction } from "./actions";
import { AuthLinks } from "@/components/auth-card";

export function VerifyEmailForm({ token }: { token: string }) {
  const { state, pending, onSubmit } = useActionForm(verifyEmailAction);
  if (state?.ok) {
    return (
      <div className="mt-4">
        <FormStatus state={state} />
        <AuthLinks links={[{ href: "/sign-in", label: "Go to sign in" }]} />
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Verifying…" className="w-full">
        Verify email address
      </SubmitButton>
    </form>
  );
}
