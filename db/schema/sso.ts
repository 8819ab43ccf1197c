import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";

// Single sign-on (OpenID Connect): one connection per organisation (lib/sso/). The client
// secret is sealed like integration keys (lib/crypto/secret-box.ts), bound to the organisation.
export const ssoConnections = pgTable(
  "sso_connections",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    issuer: text("issuer").notNull(),
    clientId: text("client_id").notNull(),
    clientSecretCiphertext: text("client_secret_ciphertext").notNull(),
    clientSecretLast4: text("client_secret_last4").notNull(),
    // Members (not Owners: their password and two-factor are the break-glass) must sign in through the provider.
    requireSso: boolean("require_sso").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sso_connections_org_unique").on(t.orgId)],
);

export type SsoConnection = typeof ssoConnections.$inferSelect;

// Email domains whose people sign in through the organisation's provider, once proven by a
// DNS TXT record "switchboard-verification=<token>". A domain belongs to one organisation.
export const ssoDomains = pgTable(
  "sso_domains",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    domain: text("domain").notNull(),
    verificationToken: text("verification_token").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex("sso_domains_domain_unique").on(t.domain), index("sso_domains_org_idx").on(t.orgId)],
);

export type SsoDomain = typeof ssoDomains.$inferSelect;

// One row per trip to the identity provider: the state (stored as SHA-256), nonce and PKCE
// verifier it must come back with. Completing it is single use; it then holds the SHA-256 of
// a one-time ticket that Auth.js's "sso" provider exchanges for the app's session.
export const ssoSignIns = pgTable(
  "sso_sign_ins",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    stateHash: text("state_hash").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    callbackUrl: text("callback_url").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    memberId: uuid("member_id").references(() => members.id, { onDelete: "cascade" }),
    ticketHash: text("ticket_hash"),
    ticketUsedAt: timestamp("ticket_used_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex("sso_sign_ins_state_unique").on(t.stateHash),
    uniqueIndex("sso_sign_ins_ticket_unique").on(t.ticketHash),
    index("sso_sign_ins_org_idx").on(t.orgId),
    index("sso_sign_ins_member_idx").on(t.memberId),
    index("sso_sign_ins_expires_idx").on(t.expiresAt),
  ],
);
