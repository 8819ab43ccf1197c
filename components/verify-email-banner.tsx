"use client";

import { resendVerification } from "@/app/(app)/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** Until a signed-up Owner opens their verification link: what waits for it, and a new link. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const { state, pending, onSubmit } = useActionForm(resendVerification);
  return (
    <section aria-labelledby="verify-email-heading" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <h2 id="verify-email-heading" className="font-semibold">
        Verify your email address
      </h2>
      <p className="mt-1">
        We sent a link to <strong>{email}</strong>. Inviting members and buying numbers wait until you open it.
      </p>
      <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" pending={pending} pendingText="Sending…">
          Resend verification email
        </SubmitButton>
        <FormStatus state={state} />
      </form>
    </section>
  );
}
