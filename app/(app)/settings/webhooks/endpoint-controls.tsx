"use client";

import { SubmitButton } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } from "./actions";

export function EndpointSwitch({ endpointId, url, enabled }: { endpointId: string; url: string; enabled: boolean }) {
  const form = useActionForm(setWebhookEndpointEnabled);
  return (
    <form onSubmit={form.onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="endpointId" value={endpointId} />
      <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
      <SubmitButton variant="secondary" pending={form.pending} pendingText="Saving…" aria-label={`${enabled ? "Turn off" : "Turn on"} ${url}`}>
        {enabled ? "Turn off" : "Turn on"}
      </SubmitButton>
      <FormStatus state={form.state} />
    </form>
  );
}

export function DeleteEndpointButton({ endpointId, url }: { endpointId: string; url: string }) {
  const form = useActionForm(deleteWebhookEndpoint);
  return (
    <>
      <ConfirmDialog
        trigger={{ variant: "secondary", children: "Delete", "aria-label": `Delete ${url}` }}
        title={`Delete the endpoint ${url}?`}
        description={<p>Switchboard stops sending to it, and its delivery log is deleted with it. This cannot be undone.</p>}
        form={form}
        fields={{ endpointId }}
        confirmLabel="Delete endpoint"
        confirmVariant="danger"
        pendingText="Deleting…"
        failuresOnly
      />
      <FormStatus state={form.state?.ok ? form.state : null} />
    </>
  );
}

export function RedeliverButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const form = useActionForm(redeliverWebhook);
  return (
    <form onSubmit={form.onSubmit}>
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <SubmitButton variant="secondary" pending={form.pending} pendingText="Queueing…" aria-label={`Redeliver ${label}`}>
        Redeliver
      </SubmitButton>
      <FormStatus state={form.state} />
    </form>
  );
}
