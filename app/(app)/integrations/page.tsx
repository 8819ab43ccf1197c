import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { listIntegrations } from "@/db/queries/integrations";
import { requirePage } from "@/lib/authz/session";
import { formatDate } from "@/lib/format";
import { manageLock, PROVIDERS, providersOf, type IntegrationKind } from "@/lib/integrations/catalog";
import { TEST_KEY_MIN_LENGTH, TEST_KEY_PREFIX } from "@/lib/providers/integrations";
import { IntegrationCard } from "./integration-card";
import { LockNotice } from "@/components/ui/lock-notice";

export const metadata: Metadata = { title: "Integrations" };

const KEY_HINT = `Test mode: starts with “${TEST_KEY_PREFIX}”, at least ${TEST_KEY_MIN_LENGTH} characters.`;

const SECTIONS: { kind: IntegrationKind; title: string; intro: string }[] = [
  { kind: "crm", title: "CRM", intro: "Log calls and messages on your customers' records." },
  { kind: "helpdesk", title: "Helpdesk", intro: "Turn missed calls and voicemails into tickets." },
];

export default async function IntegrationsPage() {
  const access = await requirePage("/integrations");
  const rows = await listIntegrations(getDb(), access.orgId);
  const byProvider = new Map(rows.map((row) => [row.provider, row]));

  return (
    <AppShell access={access} current="/integrations">
      <PageHeader
        title="Integrations"
        description="Connect the CRM and helpdesk your team already works in. API keys are stored encrypted; only their last four characters are shown."
      />
      <div className="space-y-8">
        {SECTIONS.map(({ kind, title, intro }) => {
          const lock = manageLock(access, kind);
          const providers = providersOf(kind);
          const connected = providers.filter((p) => byProvider.get(p)?.connected).length;
          return (
            <section key={kind} aria-labelledby={`${kind}-heading`}>
              <h2 id={`${kind}-heading`} className="text-lg font-semibold">
                {title}
              </h2>
              <p className="text-sm text-slate-700">
                {intro} {connected} of {providers.length} connected.
              </p>
              <LockNotice lock={lock} className="mt-2" />
              <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {providers.map((provider) => {
                  const row = byProvider.get(provider);
                  return (
                    <IntegrationCard
                      key={provider}
                      orgId={access.orgId}
                      provider={provider}
                      label={PROVIDERS[provider].label}
                      description={PROVIDERS[provider].description}
                      kind={kind}
                      keyHint={KEY_HINT}
                      canManage={!lock}
                      integration={
                        row && {
                          id: row.id,
                          connected: row.connected,
                          accountName: row.accountName,
                          apiKeyLast4: row.apiKeyLast4,
                          connectedOn: row.connectedAt ? formatDate(row.connectedAt) : null,
                          connectedBy: row.connectedByName,
                          changedOn: formatDate(row.updatedAt),
                        }
                      }
                    />
                  );
                })}
              </div>
            </section>
          );
        })}
      </div>
    </AppShell>
  );
}
