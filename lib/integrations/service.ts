// Connecting and disconnecting integrations. The API key is checked with the provider, sealed
// (AES-GCM, bound to the organisation and provider) and only its last four characters kept
// in clear; disconnecting wipes the ciphertext.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { connectIntegration, disconnectIntegration, findIntegration, lockIntegration } from "@/db/queries/integrations";
import type { Access } from "@/lib/authz/check";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { seal } from "@/lib/crypto/secret-box";
import { DomainError, forbidden, invalid, notFound } from "@/lib/errors";
import { integrationGateway, type IntegrationGateway } from "@/lib/providers/integrations";
import { KINDS, manageLock, PROVIDERS, providerLabel, type IntegrationKind, type ProviderId } from "./catalog";

/** What the sealed key is bound to: a ciphertext copied to another row or organisation will not open. */
export const keyContext = (orgId: string, provider: ProviderId) => `${orgId}:${provider}`;

function assertKind(actor: Access, provider: ProviderId, kind: IntegrationKind) {
  const actual = PROVIDERS[provider].kind;
  const lock = manageLock(actor, actual);
  if (actual !== kind || lock) {
    throw forbidden(lock ?? `${providerLabel(provider)} is not a ${KINDS[kind].noun} integration.`);
  }
}

export async function connect(
  db: Db,
  actor: Access,
  kind: IntegrationKind,
  input: { orgId: string; provider: ProviderId; apiKey: string },
  gateway: IntegrationGateway = integrationGateway(),
) {
  assertOwnOrganization(actor, input.orgId);
  assertKind(actor, input.provider, kind);
  const label = providerLabel(input.provider);
  const checked = await gateway.verifyApiKey(input.provider, input.apiKey);
  if (!checked.ok) throw invalid(checked.message, { apiKey: [checked.message] });
  const alreadyConnected = new DomainError("conflict", `${label} was connected by someone else meanwhile. Reload to see it.`);

  return db.transaction(async (tx) => {
    const existing = await lockIntegration(tx, actor.orgId, input.provider);
    if (existing?.apiKeyCiphertext) throw alreadyConnected;
    const last4 = input.apiKey.slice(-4);
    const row = await connectIntegration(tx, actor.orgId, input.provider, {
      apiKeyCiphertext: seal(input.apiKey, keyContext(actor.orgId, input.provider)),
      apiKeyLast4: last4,
      accountName: checked.accountName,
      connectedById: actor.memberId,
    });
    // Two first connects race on the insert: the loser finds the winner's key and stops here.
    if (!row) throw alreadyConnected;
    await recordAudit(
      tx,
      auditEntry(actor, "integration.connected", { id: row.id, name: label }, { lines: [`Account: ${checked.accountName}`, `API key ending ${last4}`] }),
    );
    return row;
  });
}

export async function disconnect(db: Db, actor: Access, kind: IntegrationKind, input: { integrationId: string }) {
  const found = await findIntegration(db, actor.orgId, input.integrationId);
  if (!found) throw notFound("That integration");
  assertKind(actor, found.provider, kind);
  const label = providerLabel(found.provider);
  return db.transaction(async (tx) => {
    const row = await disconnectIntegration(tx, actor.orgId, found.id);
    if (!row) return { provider: found.provider, changed: false };
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "integration.disconnected",
        { id: found.id, name: label },
        { lines: [`Account: ${found.accountName ?? "unknown"}`, `The stored API key ending ${found.apiKeyLast4 ?? "????"} was deleted`] },
      ),
    );
    return { provider: found.provider, changed: true };
  });
}
