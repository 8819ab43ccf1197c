"use client";

import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { secretIn } from "@/components/ui/secret-form";
import { createScimToken } from "./actions";

export function CreateTokenForm({ orgId }: { orgId: string }) {
  const { state, pending, onSubmit } = useActionForm(createScimToken);
  const token = secretIn(state, "token");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        label="Token name"
        name="name"
        required
        limit={60}
        autoComplete="off"
        hint="For example the directory that uses it: Okta, Entra ID."
        errors={errors?.name}
      />
      <FormStatus state={state} />
      {token && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="mb-1 font-medium" id="new-token-label">
            Your new SCIM token (shown once)
          </p>
          <code aria-labelledby="new-token-label" className="block break-all font-mono" data-testid="scim-token">
            {token}
          </code>
        </div>
      )}
      <SubmitButton pending={pending} pendingText="Creating…">
        Create token
      </SubmitButton>
    </form>
  );
}
