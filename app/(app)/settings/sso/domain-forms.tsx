"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { addSsoDomain, removeSsoDomain, verifySsoDomain } from "./actions";

export function AddDomainForm({ orgId }: { orgId: string }) {
  const { state, pending, onSubmit } = useActionForm(addSsoDomain);
  const [domain, setDomain] = useState("");
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        label="Email domain"
        name="domain"
        required
        value={domain}
        onChange={(e) => setDomain(e.currentTarget.value)}
        hint="The part after @ in your people's addresses, for example example.com."
        errors={state && !state.ok ? state.fieldErrors?.domain : undefined}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="Adding…" variant="secondary">
        Add domain
      </SubmitButton>
    </form>
  );
}

export function DomainRow({ orgId, domain }: { orgId: string; domain: { id: string; domain: string; verified: boolean; record: string } }) {
  const verify = useActionForm(verifySsoDomain);
  const remove = useActionForm(removeSsoDomain);
  return (
    <li className="py-3" aria-label={domain.domain}>
      <p className="font-medium">
        {domain.domain} <span className="text-sm font-normal text-slate-700">{domain.verified ? "Verified" : "Not verified"}</span>
      </p>
      {!domain.verified && (
        <p className="mt-1 text-sm text-slate-700">
          Add a TXT record on {domain.domain} with the value <code className="break-all rounded bg-slate-100 px-1">{domain.record}</code>, then verify.
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {!domain.verified && (
          <form onSubmit={verify.onSubmit}>
            <input type="hidden" name="orgId" value={orgId} />
            <input type="hidden" name="domainId" value={domain.id} />
            <SubmitButton pending={verify.pending} pendingText="Looking up DNS…" variant="secondary" aria-label={`Verify ${domain.domain}`}>
              Verify
            </SubmitButton>
          </form>
        )}
        <form onSubmit={remove.onSubmit}>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="domainId" value={domain.id} />
          <SubmitButton pending={remove.pending} pendingText="Removing…" variant="secondary" aria-label={`Remove ${domain.domain}`}>
            Remove
          </SubmitButton>
        </form>
      </div>
      <FormStatus state={verify.state} />
      <FormStatus state={remove.state} />
    </li>
  );
}
