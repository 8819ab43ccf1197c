import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { PlanPanel } from "@/components/plan-panel";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { canUseWebhooks, webhooksUnavailable } from "@/lib/webhooks/plan";
import { CreateEndpointForm } from "./create-endpoint-form";
import { DeleteEndpointButton, EndpointSwitch, RedeliverButton } from "./endpoint-controls";

export const metadata: Metadata = { title: "Webhooks" };

const DELIVERY_BADGE = {
  queued: <Badge tone="warning">Queued</Badge>,
  delivered: <Badge tone="success">Delivered</Badge>,
  failed: <Badge tone="danger">Failed</Badge>,
};

export default async function WebhooksPage() {
  const access = await requirePage("/settings/webhooks");
  const db = getDb();
  const endpoints = await listWebhookEndpoints(db, access.orgId);
  const logs = await Promise.all(endpoints.map((endpoint) => listWebhookDeliveries(db, access.orgId, endpoint.id)));
  const available = canUseWebhooks(access.plan);

  return (
    <AppShell access={access} current="/settings/webhooks">
      <PageHeader
        title="Webhooks"
        description="Switchboard POSTs role, member and plan changes to your endpoints as they happen, signed per the Standard Webhooks specification (see the README's Webhooks section)."
      />
      <PlanPanel
        access={access}
        available={available}
        title="Add an endpoint"
        upgrade={{ title: "Upgrade to use webhooks", reason: webhooksUnavailable(access.plan) }}
      >
        <CreateEndpointForm orgId={access.orgId} events={WEBHOOK_EVENT_TYPES.map((type) => ({ type, description: WEBHOOK_EVENTS[type] }))} />
      </PlanPanel>
      {endpoints.length === 0 && <p className="text-sm text-slate-700">No webhook endpoints yet.</p>}
      {endpoints.map((endpoint, at) => (
        <section key={endpoint.id} aria-label={`Endpoint ${endpoint.url}`} className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 className="break-all font-mono text-sm font-semibold">{endpoint.url}</h2>
              {endpoint.description && <p className="text-sm text-slate-700">{endpoint.description}</p>}
              <p className="text-xs text-slate-600">
                Events: {endpoint.events.join(", ")}. Added {formatDateTime(endpoint.createdAt)}
                {endpoint.createdByName ? ` by ${endpoint.createdByName}` : ""}.
              </p>
              <p className="mt-1 text-sm">{endpoint.enabled ? <Badge tone="success">On</Badge> : <Badge tone="danger">Off</Badge>}</p>
              {endpoint.disabledReason && <p className="mt-1 text-sm text-red-800">{endpoint.disabledReason}</p>}
            </div>
            <div className="flex flex-wrap items-start gap-2">
              <EndpointSwitch endpointId={endpoint.id} url={endpoint.url} enabled={endpoint.enabled} />
              <DeleteEndpointButton endpointId={endpoint.id} url={endpoint.url} />
            </div>
          </div>
          <Table caption={`Deliveries to ${endpoint.url}`} width="min-w-[52rem]" frame="plain">
            <THead>
              <Th>Event</Th>
              <Th>Status</Th>
              <Th>Attempts</Th>
              <Th>Answer</Th>
              <Th>Last attempt</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </THead>
            <tbody>
              {logs[at].length === 0 && <EmptyRow columns={6}>Nothing sent yet.</EmptyRow>}
              {logs[at].map((delivery) => (
                <Tr key={delivery.id}>
                  <Th scope="row">
                    {delivery.eventType}
                    <span className="block font-mono text-xs font-normal text-slate-600">{delivery.eventId}</span>
                  </Th>
                  <Td>{DELIVERY_BADGE[delivery.status]}</Td>
                  <Td>{delivery.attempts}</Td>
                  <Td className="max-w-[18rem]">
                    {delivery.lastStatusCode ?? (delivery.attempts ? "No answer" : "")}
                    {delivery.lastResponse && <span className="block truncate text-xs text-slate-600">{delivery.lastResponse}</span>}
                  </Td>
                  <Td>
                    {delivery.lastAttemptAt ? formatDateTime(delivery.lastAttemptAt) : "Not yet"}
                    {delivery.status === "queued" && delivery.attempts > 0 && (
                      <span className="block text-xs text-slate-600">Next try {formatDateTime(delivery.nextAttemptAt)}</span>
                    )}
                  </Td>
                  <Td>{delivery.status !== "queued" && <RedeliverButton deliveryId={delivery.id} label={`${delivery.eventType} ${delivery.eventId}`} />}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </section>
      ))}
    </AppShell>
  );
}
