// The integrations the product offers, by kind: each kind has its own connect/disconnect toggle.
import { INTEGRATION_PROVIDERS } from "@/db/schema/integrations";
import { can, needsMessage, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";

export type ProviderId = (typeof INTEGRATION_PROVIDERS)[number];
export type IntegrationKind = "crm" | "helpdesk";

type ProviderInfo = { label: string; kind: IntegrationKind; description: string };

export const PROVIDERS: Record<ProviderId, ProviderInfo> = {
  salesforce: { label: "Salesforce", kind: "crm", description: "Log calls and texts on Salesforce contacts and open the record on incoming calls." },
  hubspot: { label: "HubSpot", kind: "crm", description: "Log calls and texts on HubSpot contacts and show the contact owner to agents." },
  pipedrive: { label: "Pipedrive", kind: "crm", description: "Log calls on Pipedrive deals and people." },
  zendesk: { label: "Zendesk", kind: "helpdesk", description: "Create a Zendesk ticket for missed calls and voicemails." },
  freshdesk: { label: "Freshdesk", kind: "helpdesk", description: "Create a Freshdesk ticket for missed calls and voicemails." },
};

export const KINDS: Record<IntegrationKind, { noun: string; permission: Permission }> = {
  crm: { noun: "CRM", permission: "integrations.crm" },
  helpdesk: { noun: "helpdesk", permission: "integrations.helpdesk" },
};

export const PROVIDER_IDS = INTEGRATION_PROVIDERS;

export function providersOf(kind: IntegrationKind): ProviderId[] {
  return PROVIDER_IDS.filter((id) => PROVIDERS[id].kind === kind);
}

export const providerLabel = (id: ProviderId) => PROVIDERS[id].label;

/** Why this person may not connect or disconnect this kind, or undefined when they may. */
export function manageLock(access: Pick<Access, "permissions">, kind: IntegrationKind): string | undefined {
  const { permission } = KINDS[kind];
  if (can(access, permission)) return undefined;
  return needsMessage(permission, `Connecting or disconnecting ${KINDS[kind].noun} integrations`, { quoted: true });
}
