import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiIdempotency, apiKeys, members } from "../schema";

export async function insertApiKey(db: Db, key: typeof apiKeys.$inferInsert) {
  const [row] = await db.insert(apiKeys).values(key).returning();
  return row;
}

/** The organisation's keys, newest first, with who created each. */
export function listApiKeys(db: Db, orgId: string) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      permissions: apiKeys.permissions,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      lastUsedAddress: apiKeys.lastUsedAddress,
      createdAt: apiKeys.createdAt,
      createdByName: members.name,
    })
    .from(apiKeys)
    .innerJoin(members, eq(members.id, apiKeys.createdById))
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function findApiKey(db: Db, orgId: string, keyId: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId)))
    .limit(1);
  return row ?? null;
}

export async function revokeApiKeyRow(db: Db, orgId: string, keyId: string) {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return row ?? null;
}

/** A key by its secret's hash, before an organisation is known; live or not (the caller decides). */
export async function findApiKeyByHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

/** Notes a use at most once a minute per key, so a busy key does not write on every request. */
export async function noteApiKeyUse(db: Db, keyId: string, address: string) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()`, lastUsedAddress: address })
    .where(
      and(
        eq(apiKeys.id, keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`), sql`${apiKeys.lastUsedAddress} is distinct from ${address}`),
      ),
    );
}

/** Claims an idempotency key for a request; false when a row for it already exists. */
export async function claimIdempotencyKey(db: Db, apiKeyId: string, key: string, requestHash: string): Promise<boolean> {
  const rows = await db.insert(apiIdempotency).values({ apiKeyId, key, requestHash }).onConflictDoNothing().returning({ key: apiIdempotency.key });
  return rows.length > 0;
}

export async function findIdempotencyKey(db: Db, apiKeyId: string, key: string) {
  const [row] = await db
    .select()
    .from(apiIdempotency)
    .where(and(eq(apiIdempotency.apiKeyId, apiKeyId), eq(apiIdempotency.key, key)))
    .limit(1);
  return row ?? null;
}

export async function storeIdempotentResponse(
  db: Db,
  apiKeyId: string,
  key: string,
  response: { status: number; headers: Record<string, string>; body: string },
) {
  await db
    .update(apiIdempotency)
    .set(response)
    .where(and(eq(apiIdempotency.apiKeyId, apiKeyId), eq(apiIdempotency.key, key)));
}

/** Forgets the answers kept for Idempotency-Keys first used before `cutoff`, in every organisation. */
export async function deleteIdempotencyKeysBefore(db: Db, cutoff: Date): Promise<number> {
  const rows = await db.delete(apiIdempotency).where(lt(apiIdempotency.createdAt, cutoff)).returning({ key: apiIdempotency.key });
  return rows.length;
}

export async function releaseIdempotencyKey(db: Db, apiKeyId: string, key: string) {
  await db.delete(apiIdempotency).where(and(eq(apiIdempotency.apiKeyId, apiKeyId), eq(apiIdempotency.key, key), isNull(apiIdempotency.status)));
}
