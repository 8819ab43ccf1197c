"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveSsoConnection } from "./actions";

type Props = {
  orgId: string;
  redirectUri: string;
  connection: { issuer: string; clientId: string; clientSecretLast4: string } | null;
};

export function ConnectionForm({ orgId, redirectUri, connection }: Props) {
  const { state, pending, onSubmit } = useActionForm(saveSsoConnection);
  const [issuer, setIssuer] = useState(connection?.issuer ?? "");
  const [clientId, setClientId] = useState(connection?.clientId ?? "");
  const [secret, setSecret] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <p className="text-sm text-slate-700">
        In your identity provider, create an OpenID Connect web application with the sign-in redirect URI{" "}
        <code className="break-all rounded bg-slate-100 px-1">{redirectUri}</code>, then paste its details here.
      </p>
      <Field
        label="Issuer URL"
        name="issuer"
        type="url"
        required
        value={issuer}
        onChange={(e) => setIssuer(e.currentTarget.value)}
        hint="For example https://your-company.okta.com or https://login.microsoftonline.com/<tenant id>/v2.0"
        errors={errors?.issuer}
      />
      <Field label="Client ID" name="clientId" required value={clientId} onChange={(e) => setClientId(e.currentTarget.value)} errors={errors?.clientId} />
      <Field
        label="Client secret"
        name="clientSecret"
        type="password"
        autoComplete="off"
        value={secret}
        onChange={(e) => setSecret(e.currentTarget.value)}
        hint={
          connection
            ? `Stored encrypted, ending in ${connection.clientSecretLast4}. Leave empty to keep it.`
            : "Stored encrypted; only its last four characters are shown."
        }
        errors={errors?.clientSecret}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Checking the issuer…">
        Save identity provider
      </SubmitButton>
    </form>
  );
}
