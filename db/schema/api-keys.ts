import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";

/**
 * Keys for the public API (lib/api/keys.ts). A key acts as the member who created it, capped at
 * its own permissions; only the SHA-256 of the secret is kept, and the prefix shown in lists.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    permissions: text("permissions").array().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    lastUsedAddress: text("last_used_address"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex("api_keys_token_hash_unique").on(t.tokenHash),
    index("api_keys_org_created_idx").on(t.orgId, t.createdAt.desc()),
    index("api_keys_created_by_idx").on(t.createdById),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;

/**
 * The first answer to a POST sent with an Idempotency-Key, per API key: a retry gets it back and
 * writes nothing. A row without a status is a request still running.
 */
export const apiIdempotency = pgTable(
  "api_idempotency",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    body: text("body"),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] }), index("api_idempotency_created_idx").on(t.createdAt)],
);
