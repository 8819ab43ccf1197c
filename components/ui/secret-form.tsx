"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult, ActionState } from "@/lib/action";
import type { FieldErrors } from "@/lib/errors";

type ServerAction = (previous: ActionState, formData: FormData) => Promise<ActionResult>;

/** The secret a create action answers with, in this answer only: a reload never shows it again. */
export function secretIn(state: ActionState, key: string): string | null {
  if (!state?.ok || !(key in state)) return null;
  const value = (state as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}

/** A secret shown once, read-only and selectable, with what to do with it. */
function SecretOnce({ label, name, value, hint }: { label: string; name: string; value: string; hint: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <Field label={label} name={name} readOnly value={value} spellCheck={false} className="font-mono" hint={hint} />
    </div>
  );
}

type Props = {
  action: ServerAction;
  orgId: string;
  /** The result's key holding the secret, and how the read-only field names and explains it. */
  secret: { name: string; label: string; hint: string };
  submit: { label: string; pendingText: string };
  /** The form's own fields, given the server's field errors. */
  children: (errors: FieldErrors | undefined) => React.ReactNode;
};

/** A form that creates something whose secret (an API key, a signing secret) is shown once, under the result. */
export function SecretForm({ action, orgId, secret, submit, children }: Props) {
  const { state, pending, onSubmit } = useActionForm(action);
  const value = secretIn(state, secret.name);
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="orgId" value={orgId} />
      {children(state && !state.ok ? state.fieldErrors : undefined)}
      <FormStatus state={state} />
      {value && <SecretOnce label={secret.label} name={secret.name} value={value} hint={secret.hint} />}
      <SubmitButton pending={pending} pendingText={submit.pendingText}>
        {submit.label}
      </SubmitButton>
    </form>
  );
}

type SwitchOption = { value: string; label: string; description: string };

/** Switches that post the values turned on under one `name`; `on` says which start on. */
export function SwitchSet({ name, options, on = false }: { name: string; options: SwitchOption[]; on?: boolean }) {
  const [chosen, setChosen] = useState(() => new Set(on ? options.map((o) => o.value) : []));
  const toggle = (value: string, checked: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (checked) next.add(value);
      else next.delete(value);
      return next;
    });
  return options.map((o) => (
    <Switch
      key={o.value}
      label={o.label}
      description={o.description}
      name={name}
      value={o.value}
      checked={chosen.has(o.value)}
      onCheckedChange={(checked) => toggle(o.value, checked)}
    />
  ));
}
