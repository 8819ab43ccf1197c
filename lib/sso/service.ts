// Configuring single sign-on for an organisation (Owners: security.manage, Enterprise plan):
// the connection (issuer, client, sealed secret; members it signs up get the directory default role), the
// email domains it signs in, each proven by a DNS TXT record, and "Require SSO".
import { randomBytes } from "node:crypto";
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry, orgChange } from "@/lib/audit/entry";
import {
  deleteSsoDomain,
  findSsoConnection,
  findSsoDomain,
  findSsoDomainByName,
  insertSsoDomain,
  listSsoDomains,
  markSsoDomainVerified,
  setRequireSso,
  upsertSsoConnection,
} from "@/db/queries/sso";
import type { Access } from "@/lib/authz/check";
import { open, seal } from "@/lib/crypto/secret-box";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { canUseSso, ssoUnavailable, type Plan } from "@/lib/plans";
import { skipsDomainVerification } from "./config";
import { hasVerificationRecord, verificationRecord } from "./dns";
import { discover, type OidcSettings } from "./oidc";

/** What the sealed client secret is bound to: copied to another organisation's row, it will not open. */
export const secretContext = (orgId: string) => `${orgId}:sso`;

function assertPlan(plan: Plan) {
  if (!canUseSso(plan)) throw new DomainError("plan", ssoUnavailable(plan));
}

/** The issuer, client and secret a stored connection signs in with. */
export function settingsOf(connection: { orgId: string; issuer: string; clientId: string; clientSecretCiphertext: string }): OidcSettings {
  return { issuer: connection.issuer, clientId: connection.clientId, clientSecret: open(connection.clientSecretCiphertext, secretContext(connection.orgId)) };
}

/** What the settings page shows: never the secret, only its last four characters. */
export async function ssoOverview(db: Db, orgId: string) {
  const [connection, domains] = await Promise.all([findSsoConnection(db, orgId), listSsoDomains(db, orgId)]);
  return {
    connection: connection && {
      issuer: connection.issuer,
      clientId: connection.clientId,
      clientSecretLast4: connection.clientSecretLast4,
      requireSso: connection.requireSso,
    },
    domains: domains.map((d) => ({ id: d.id, domain: d.domain, verified: d.verifiedAt !== null, record: verificationRecord(d.verificationToken) })),
  };
}

export async function saveConnection(
  db: Db,
  actor: Access,
  input: { orgId: string; issuer: string; clientId: string; clientSecret: string },
  check: (settings: OidcSettings) => Promise<unknown> = discover,
) {
  assertOwnOrganization(actor, input.orgId);
  assertPlan(actor.plan);
  const existing = await findSsoConnection(db, actor.orgId);
  const clientSecret = input.clientSecret || (existing ? settingsOf(existing).clientSecret : "");
  if (!clientSecret) throw invalid("Enter the client secret.", { clientSecret: ["Enter the client secret."] });
  try {
    // The issuer must answer discovery before it is saved: a typo is caught here, not at sign-in.
    await check({ issuer: input.issuer, clientId: input.clientId, clientSecret });
  } catch {
    const message = "The issuer did not answer with an OpenID configuration. Check the issuer URL.";
    throw invalid(message, { issuer: [message] });
  }
  const last4 = clientSecret.slice(-4);
  return db.transaction(async (tx) => {
    const row = await upsertSsoConnection(tx, actor.orgId, {
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretCiphertext: seal(clientSecret, secretContext(actor.orgId)),
      clientSecretLast4: last4,
    });
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "sso.configured",
        { id: row.id, name: "Single sign-on" },
        {
          lines: [
            `Issuer: ${input.issuer}`,
            `Client ID: ${input.clientId}`,
            input.clientSecret ? `New client secret ending ${last4}` : `Client secret ending ${last4} kept`,
          ],
        },
      ),
    );
    return row;
  });
}

export async function addDomain(db: Db, actor: Access, input: { orgId: string; domain: string }) {
  assertOwnOrganization(actor, input.orgId);
  assertPlan(actor.plan);
  const taken = `${input.domain} is already added, here or by another organisation.`;
  if (await findSsoDomainByName(db, input.domain)) throw invalid(taken, { domain: [taken] });
  return db.transaction(async (tx) => {
    const row = await insertSsoDomain(tx, actor.orgId, input.domain, randomBytes(18).toString("base64url"));
    if (!row) throw invalid(taken, { domain: [taken] });
    await recordAudit(tx, auditEntry(actor, "sso.domain_added", { id: row.id, name: row.domain }));
    return row;
  });
}

/** Whether the domain is verified now; the TXT lookup, or the local-testing override (lib/sso/config.ts). */
export async function verifyDomain(db: Db, actor: Access, input: { orgId: string; domainId: string }, lookup = hasVerificationRecord) {
  assertOwnOrganization(actor, input.orgId);
  const found = await findSsoDomain(db, actor.orgId, input.domainId);
  if (!found) throw notFound("That domain");
  assertPlan(actor.plan);
  if (found.verifiedAt) return { domain: found.domain, verified: true, changed: false };
  const skipped = skipsDomainVerification();
  if (!skipped && !(await lookup(found.domain, found.verificationToken))) return { domain: found.domain, verified: false, changed: false };
  return db.transaction(async (tx) => {
    const row = await markSsoDomainVerified(tx, actor.orgId, found.id);
    if (row) {
      await recordAudit(
        tx,
        auditEntry(
          actor,
          "sso.domain_verified",
          { id: row.id, name: row.domain },
          { lines: [skipped ? "Verified without DNS: SSO_DOMAIN_VERIFICATION=skip (local testing)" : "DNS TXT record found"] },
        ),
      );
    }
    return { domain: found.domain, verified: true, changed: !!row };
  });
}

export async function removeDomain(db: Db, actor: Access, input: { orgId: string; domainId: string }) {
  assertOwnOrganization(actor, input.orgId);
  return db.transaction(async (tx) => {
    const row = await deleteSsoDomain(tx, actor.orgId, input.domainId);
    if (!row) throw notFound("That domain");
    await recordAudit(tx, auditEntry(actor, "sso.domain_removed", { id: row.id, name: row.domain }));
    return row;
  });
}

export async function setSsoRequirement(db: Db, actor: Access, input: { orgId: string; required: boolean }): Promise<boolean> {
  assertOwnOrganization(actor, input.orgId);
  if (input.required) {
    assertPlan(actor.plan);
    const [connection, domains] = await Promise.all([findSsoConnection(db, actor.orgId), listSsoDomains(db, actor.orgId)]);
    if (!connection) throw invalid("Set up the identity provider first.");
    if (!domains.some((d) => d.verifiedAt)) throw invalid("Verify at least one email domain first: nobody could sign in otherwise.");
  }
  return db.transaction(async (tx) => {
    const changed = await setRequireSso(tx, actor.orgId, input.required);
    if (changed) {
      await recordAudit(
        tx,
        orgChange(actor, "sso.requirement_changed", {
          lines: [
            input.required
              ? "Members must sign in through single sign-on. Owners keep their password and two-factor as a break-glass way in."
              : "Members may sign in with a password again.",
          ],
        }),
      );
    }
    return changed;
  });
}
