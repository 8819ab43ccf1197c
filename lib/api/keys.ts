// API keys: created by a member holding "Manage API keys", for permissions they hold; shown
// once, stored as a SHA-256 hash with a visible prefix. A request with a key acts as its
// creator, read fresh, capped at the key's permissions (lib/authz/check.ts accessForApiKey).
import { randomBytes } from "node:crypto";
import type { Db } from "@/db";
import { findAccessRow } from "@/db/queries/access";
import { findApiKey, findApiKeyByHash, insertApiKey, noteApiKeyUse, revokeApiKeyRow } from "@/db/queries/api-keys";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import type { ApiKey } from "@/db/schema";
import { accessForApiKey, lackingMessage, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { hashLinkToken } from "@/lib/crypto/link-token";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { apiUnavailable, canUseApi } from "@/lib/plans";

const DAY = 24 * 60 * 60 * 1000;
const TOKEN = /^sbk_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{43})$/;

function assertPlanHasApi(actor: Pick<Access, "plan">): void {
  if (!canUseApi(actor.plan)) throw new DomainError("plan", apiUnavailable(actor.plan));
}

/** `sbk_<8-character prefix>_<256 random bits>`: the prefix is what lists show. */
function newToken() {
  const prefix = randomBytes(6).toString("base64url");
  return { prefix: `sbk_${prefix}`, token: `sbk_${prefix}_${randomBytes(32).toString("base64url")}` };
}

export async function createApiKey(
  db: Db,
  actor: Access,
  input: { orgId: string; name: string; expiresInDays: number; permissions: Permission[] },
  now = new Date(),
): Promise<{ key: ApiKey; token: string }> {
  assertOwnOrganization(actor, input.orgId);
  assertPlanHasApi(actor);
  // Never more than the creator holds; the request checks again against what they hold then.
  const lacking = input.permissions.find((p) => !actor.permissions.has(p));
  if (lacking) throw forbidden(`A key can only use permissions you hold. ${lackingMessage(lacking)}`);
  const { prefix, token } = newToken();
  const key = await db.transaction(async (tx) => {
    const row = await insertApiKey(tx, {
      orgId: actor.orgId,
      createdById: actor.memberId,
      name: input.name,
      prefix,
      tokenHash: hashLinkToken(token),
      permissions: input.permissions,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
    });
    await recordAudit(
      tx,
      auditEntry(actor, "api_key.created", row, {
        permissions: input.permissions,
        lines: [`Prefix ${prefix}`, `Expires ${row.expiresAt.toISOString().slice(0, 10)}`],
      }),
    );
    return row;
  });
  return { key, token };
}

export async function revokeApiKey(db: Db, actor: Access, input: { keyId: string }) {
  const key = await findApiKey(db, actor.orgId, input.keyId);
  if (!key) throw notFound("That API key");
  if (key.revokedAt) return { key, changed: false };
  await db.transaction(async (tx) => {
    if (!(await revokeApiKeyRow(tx, actor.orgId, key.id))) return;
    await recordAudit(tx, auditEntry(actor, "api_key.revoked", key, { lines: [`Prefix ${key.prefix}`] }));
  });
  return { key, changed: true };
}

export type KeyState = "active" | "expired" | "revoked";

export function keyState(key: Pick<ApiKey, "revokedAt" | "expiresAt">, now = new Date()): KeyState {
  if (key.revokedAt) return "revoked";
  return key.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

export type ApiCaller = { key: ApiKey; access: Access };

/**
 * Who a bearer token acts as, or null: unknown, malformed, revoked and expired keys, and keys
 * whose creator is deactivated or gone, all end the same way (401).
 */
export async function authenticateApiKey(db: Db, authorization: string | null, address: string, now = new Date()): Promise<ApiCaller | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match || !TOKEN.test(match[1])) return null;
  const key = await findApiKeyByHash(db, hashLinkToken(match[1]));
  if (!key || keyState(key, now) !== "active") return null;
  const access = accessForApiKey(await findAccessRow(db, key.createdById, null), key);
  if (!access) return null;
  await noteApiKeyUse(db, key.id, address);
  return { key, access };
}
