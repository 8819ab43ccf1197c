"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { createWebhookEndpoint } from "./actions";

export function CreateEndpointForm({ orgId, events }: { orgId: string; events: { type: string; description: string }[] }) {
  const form = useActionForm(createWebhookEndpoint);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(events.map((e) => e.type)));
  const state = form.state;
  // The new endpoint's signing secret, in this answer only.
  const secret = state?.ok && "secret" in state && typeof state.secret === "string" ? state.secret : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const toggle = (type: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });
  return (
    <form onSubmit={form.onSubmit} className="space-y-4">
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        label="Endpoint URL"
        name="url"
        type="url"
        required
        maxLength={2000}
        autoComplete="off"
        spellCheck={false}
        hint="Where Switchboard POSTs each event, for example https://example.com/webhooks/switchboard."
        errors={errors?.url}
      />
      <Field
        label="Description"
        name="description"
        maxLength={200}
        autoComplete="off"
        hint="Optional: what receives these events."
        errors={errors?.description}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Events to send</legend>
        {errors?.events && <p className="mt-1 text-sm text-red-700">{errors.events.join(" ")}</p>}
        {events.map((event) => (
          <Switch
            key={event.type}
            label={event.type}
            description={event.description}
            name="events"
            value={event.type}
            checked={chosen.has(event.type)}
            onCheckedChange={(on) => toggle(event.type, on)}
          />
        ))}
      </fieldset>
      <FormStatus state={form.state} />
      {secret && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <Field
            label="Signing secret"
            name="secret"
            readOnly
            value={secret}
            spellCheck={false}
            className="font-mono"
            hint="Copy it now: it is not shown again. Verify each request's webhook-signature header with it."
          />
        </div>
      )}
      <SubmitButton pending={form.pending} pendingText="Adding…">
        Add endpoint
      </SubmitButton>
    </form>
  );
}
