"use client";

import Link from "next/link";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { verifyEmailAction } from "./actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const { state, pending, onSubmit } = useActionForm(verifyEmailAction);
  if (state?.ok) {
    return (
      <div className="mt-4">
        <FormStatus state={state} />
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
            Go to sign in
          </Link>
        </p>
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
