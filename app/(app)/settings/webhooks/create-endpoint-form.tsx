"use client";

import { Field } from "@/components/ui/field";
import { SecretForm, SwitchSet } from "@/components/ui/secret-form";
import { createWebhookEndpoint } from "./actions";

const SECRET = {
  name: "secret",
  label: "Signing secret",
  hint: "Copy it now: it is not shown again. Verify each request's webhook-signature header with it.",
};

export function CreateEndpointForm({ orgId, events }: { orgId: string; events: { type: string; description: string }[] }) {
  return (
    <SecretForm action={createWebhookEndpoint} orgId={orgId} secret={SECRET} submit={{ label: "Add endpoint", pendingText: "Adding…" }}>
      {(errors) => (
        <>
          <Field
            label="Endpoint URL"
            name="url"
            type="url"
            required
            limit={2000}
            autoComplete="off"
            spellCheck={false}
            hint="Where Switchboard POSTs each event, for example https://example.com/webhooks/switchboard."
            errors={errors?.url}
          />
          <Field
            label="Description"
            name="description"
            limit={200}
            autoComplete="off"
            hint="Optional: what receives these events."
            errors={errors?.description}
          />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Events to send</legend>
            {errors?.events && <p className="mt-1 text-sm text-red-700">{errors.events.join(" ")}</p>}
            <SwitchSet name="events" on options={events.map((e) => ({ value: e.type, label: e.type, description: e.description }))} />
          </fieldset>
        </>
      )}
    </SecretForm>
  );
}
