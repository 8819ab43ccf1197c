"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { connectCrm, connectHelpdesk, disconnectCrm, disconnectHelpdesk } from "./actions";

export type CardProps = {
  orgId: string;
  provider: string;
  label: string;
  description: string;
  kind: "crm" | "helpdesk";
  keyHint: string;
  /** Present once the provider was ever connected. */
  integration?: {
    id: string;
    connected: boolean;
    accountName: string | null;
    apiKeyLast4: string | null;
    connectedOn: string | null;
    connectedBy: string | null;
    changedOn: string;
  };
  /** May this person connect and disconnect this kind. */
  canManage: boolean;
};

export function IntegrationCard({ orgId, provider, label, description, kind, keyHint, integration, canManage }: CardProps) {
  const connect = useActionForm(kind === "crm" ? connectCrm : connectHelpdesk);
  const disconnect = useActionForm(kind === "crm" ? disconnectCrm : disconnectHelpdesk);
  const [last, setLast] = useState<"connect" | "disconnect">("connect");
  const [confirming, setConfirming] = useState(false);
  const connected = integration?.connected ?? false;
  const keyErrors = connect.state && !connect.state.ok ? connect.state.fieldErrors?.apiKey : undefined;

  // Closes the confirmation once disconnected: adjusted while rendering, not in an effect, as React advises.
  const [disconnected, setDisconnected] = useState(disconnect.state);
  if (disconnect.state !== disconnected) {
    setDisconnected(disconnect.state);
    if (disconnect.state?.ok) setConfirming(false);
  }

  const headingId = `integration-${provider}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {label}
        </h3>
        {connected ? <Badge tone="success">Connected</Badge> : <Badge>Not connected</Badge>}
      </div>
      <p className="mt-1 text-sm text-slate-700">{description}</p>

      {connected && integration ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-700">Account</dt>
          <dd className="break-all font-medium">{integration.accountName}</dd>
          <dt className="text-slate-700">API key</dt>
          <dd>
            <span aria-hidden="true">••••</span>
            <span className="sr-only">ending in</span> {integration.apiKeyLast4}
          </dd>
          <dt className="text-slate-700">Connected on</dt>
          <dd>
            {integration.connectedOn}
            {integration.connectedBy && ` by ${integration.connectedBy}`}
          </dd>
        </dl>
      ) : (
        integration && <p className="mt-3 text-sm text-slate-700">Disconnected on {integration.changedOn}.</p>
      )}

      <div className="mt-auto pt-4">
        {canManage && connected && integration && (
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={{ variant: "secondary", children: `Disconnect ${label}` }}
            title={`Disconnect ${label}?`}
            description={
              <p>
                Switchboard stops sending calls and messages to <strong>{integration.accountName}</strong> and deletes the stored API key. Connecting again
                needs the key.
              </p>
            }
            form={disconnect}
            fields={{ integrationId: integration.id }}
            onSubmit={() => setLast("disconnect")}
            confirmLabel="Disconnect"
            pendingText="Disconnecting…"
            failuresOnly
          />
        )}
        {canManage && !connected && (
          <form
            onSubmit={(event) => {
              setLast("connect");
              connect.onSubmit(event);
            }}
            className="space-y-3"
          >
            <input type="hidden" name="orgId" value={orgId} />
            <input type="hidden" name="provider" value={provider} />
            <Field label={`${label} API key`} name="apiKey" type="password" autoComplete="off" spellCheck={false} required hint={keyHint} errors={keyErrors} />
            <SubmitButton pending={connect.pending} pendingText="Connecting…">
              Connect {label}
            </SubmitButton>
          </form>
        )}
        <FormStatus state={last === "connect" ? connect.state : disconnect.state} className="mt-3" />
      </div>
    </section>
  );
}
