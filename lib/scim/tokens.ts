// SCIM bearer tokens: created by an Owner (security.manage), named, shown once, kept only as
// a SHA-256 hash (lib/crypto/link-token.ts), noted when used, revoked by an Owner.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { findScimTokenByHash, insertScimToken, noteScimTokenUsed, revokeScimTokenRow } from "@/db/queries/directory";
import type { Access } from "@/lib/authz/check";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";
import { DomainError, notFound } from "@/lib/errors";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { canUseDirectory, directoryUnavailable } from "@/lib/plans";

const PREFIX = "scim_";

function assertDirectoryPlan(actor: Pick<Access, "plan">) {
  if (!canUseDirectory(actor.plan)) throw new DomainError("plan", directoryUnavailable(actor.plan));
}

/** A new token: its value is returned here once and never again. */
export async function createScimToken(db: Db, actor: Access, input: { name: string; orgId?: string }) {
  if (input.orgId !== undefined) assertOwnOrganization(actor, input.orgId);
  assertDirectoryPlan(actor);
  const token = PREFIX + newLinkToken();
  return db.transaction(async (tx) => {
    const row = await insertScimToken(tx, { orgId: actor.orgId, name: input.name, tokenHash: hashLinkToken(token), createdById: actor.memberId });
    await recordAudit(tx, auditEntry(actor, "scim.token_created", row));
    return { token, row };
  });
}

export async function revokeScimToken(db: Db, actor: Access, input: { tokenId: string }) {
  return db.transaction(async (tx) => {
    const row = await revokeScimTokenRow(tx, actor.orgId, input.tokenId);
    if (!row) throw notFound("That token");
    await recordAudit(tx, auditEntry(actor, "scim.token_revoked", row));
    return row;
  });
}

/** The live token an Authorization header names, or null: unknown, revoked and malformed look the same. */
export async function authenticateScimToken(db: Db, authorization: string | null) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match || !match[1].startsWith(PREFIX) || match[1].length > 200) return null;
  const token = await findScimTokenByHash(db, hashLinkToken(match[1]));
  if (!token) return null;
  // "Last used" to the minute: not a write per request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) await noteScimTokenUsed(db, token.orgId, token.id);
  return token;
}
