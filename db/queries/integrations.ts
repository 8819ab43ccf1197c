import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { integrations, members } from "../schema";
import type { ProviderId } from "@/lib/integrations/catalog";

/** Every integration the organisation ever connected, with who connected it; never the ciphertext. */
export async function listIntegrations(db: Db, orgId: string) {
  return db
    .select({
      id: integrations.id,
      provider: integrations.provider,
      connected: sql<boolean>`${integrations.apiKeyCiphertext} is not null`,
      apiKeyLast4: integrations.apiKeyLast4,
      accountName: integrations.accountName,
      connectedAt: integrations.connectedAt,
      connectedByName: members.name,
      updatedAt: integrations.updatedAt,
    })
    .from(integrations)
    .leftJoin(members, eq(members.id, integrations.connectedById))
    .where(eq(integrations.orgId, orgId))
    .orderBy(asc(integrations.provider));
}

export async function findIntegration(db: Db, orgId: string, integrationId: string) {
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.orgId, orgId), eq(integrations.id, integrationId)))
    .limit(1);
  return row ?? null;
}

/** Serialises connect and disconnect of one provider: the row lock is held to the end of the transaction. */
export async function lockIntegration(db: Db, orgId: string, provider: ProviderId) {
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.orgId, orgId), eq(integrations.provider, provider)))
    .for("update")
    .limit(1);
  return row ?? null;
}

type Connection = { apiKeyCiphertext: string; apiKeyLast4: string; accountName: string; connectedById: string | null; connectedAt?: Date };

/** Creates the provider's row or fills it again; returns null when it was connected meanwhile. */
export async function connectIntegration(db: Db, orgId: string, provider: ProviderId, connection: Connection) {
  const values = { ...connection, connectedAt: connection.connectedAt ?? new Date(), updatedAt: sql`now()` };
  const [row] = await db
    .insert(integrations)
    .values({ orgId, provider, ...values })
    .onConflictDoUpdate({
      target: [integrations.orgId, integrations.provider],
      set: values,
      setWhere: sql`${integrations.apiKeyCiphertext} is null`,
    })
    .returning();
  return row ?? null;
}

/** Wipes the sealed key and what it opened; the row stays so the card can say when it was disconnected. */
export async function disconnectIntegration(db: Db, orgId: string, integrationId: string) {
  const [row] = await db
    .update(integrations)
    .set({ apiKeyCiphertext: null, apiKeyLast4: null, accountName: null, connectedAt: null, connectedById: null, updatedAt: sql`now()` })
    .where(and(eq(integrations.orgId, orgId), eq(integrations.id, integrationId), sql`${integrations.apiKeyCiphertext} is not null`))
    .returning();
  return row ?? null;
}
