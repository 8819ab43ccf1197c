// Acme logs calls in HubSpot and turns missed calls into Zendesk tickets; it tried Pipedrive
// before settling on HubSpot. Bolt has connected nothing yet. Keys are sealed like real ones.
import { auditEvents, integrations, type NewAuditEvent } from "../schema";
import { seal } from "@/lib/crypto/secret-box";
import { providerLabel, type ProviderId } from "@/lib/integrations/catalog";
import { keyContext } from "@/lib/integrations/service";
import { simulatedIntegrations } from "@/lib/providers/integrations";
import type { SeedContext } from "./context";

const DAY = 86_400_000;

type Connection = { provider: ProviderId; key: string; connectedDaysAgo: number; disconnectedDaysAgo?: number };

const ACME: Connection[] = [
  { provider: "pipedrive", key: "test_pd_acme_trial_5Kq2", connectedDaysAgo: 300, disconnectedDaysAgo: 240 },
  { provider: "hubspot", key: "test_hs_acme_support_9f3Kd81q", connectedDaysAgo: 238 },
  { provider: "zendesk", key: "test_zd_acme_helpdesk_7Rw2Lm4x", connectedDaysAgo: 150 },
];

// Business stands for the established customer with history; a Starter org is new.
export async function seedIntegrations(ctx: SeedContext): Promise<void> {
  if (ctx.org.plan !== "business") return;
  const owner = ctx.members.find((m) => m.roleKind === "owner");
  const admin = ctx.members.find((m) => m.roleKind === "admin") ?? owner;
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * DAY);
  const rows = [];
  const events: NewAuditEvent[] = [];
  for (const item of ACME) {
    const checked = await simulatedIntegrations.verifyApiKey(item.provider, item.key);
    if (!checked.ok) throw new Error(`Seed key for ${item.provider} is not a valid test key.`);
    const by = item.provider === "zendesk" ? admin : owner;
    const last4 = item.key.slice(-4);
    const gone = item.disconnectedDaysAgo !== undefined;
    rows.push({
      orgId: ctx.org.id,
      provider: item.provider,
      apiKeyCiphertext: gone ? null : seal(item.key, keyContext(ctx.org.id, item.provider)),
      apiKeyLast4: gone ? null : last4,
      accountName: gone ? null : checked.accountName,
      connectedAt: gone ? null : at(item.connectedDaysAgo),
      connectedById: gone ? null : (by?.id ?? null),
      updatedAt: at(item.disconnectedDaysAgo ?? item.connectedDaysAgo),
    });
    const actor = { orgId: ctx.org.id, actorId: by?.id ?? null, actorName: by?.name ?? "Switchboard", targetName: providerLabel(item.provider) };
    events.push({
      ...actor,
      action: "integration.connected",
      details: { lines: [`Account: ${checked.accountName}`, `API key ending ${last4}`] },
      createdAt: at(item.connectedDaysAgo),
    });
    if (gone) {
      events.push({
        ...actor,
        action: "integration.disconnected",
        details: { lines: [`Account: ${checked.accountName}`, `The stored API key ending ${last4} was deleted`] },
        createdAt: at(item.disconnectedDaysAgo!),
      });
    }
  }
  const inserted = await ctx.db.insert(integrations).values(rows).returning({ id: integrations.id, provider: integrations.provider });
  const idOf = new Map(inserted.map((r) => [providerLabel(r.provider), r.id]));
  await ctx.db.insert(auditEvents).values(events.map((e) => ({ ...e, targetId: idOf.get(e.targetName) ?? null })));
}
