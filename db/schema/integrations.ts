import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn } from "./columns";
import { members } from "./members";

export const INTEGRATION_PROVIDERS = ["salesforce", "hubspot", "pipedrive", "zendesk", "freshdesk"] as const;
export const integrationProviderEnum = pgEnum("integration_provider", INTEGRATION_PROVIDERS);

/** One row per organisation and provider once it has ever been connected. */
export const integrations = pgTable(
  "integrations",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    provider: integrationProviderEnum("provider").notNull(),
    // AES-256-GCM ciphertext of the API key; null once disconnected. Never the key itself.
    apiKeyCiphertext: text("api_key_ciphertext"),
    apiKeyLast4: text("api_key_last4"),
    accountName: text("account_name"),
    connectedAt: timestamp("connected_at", { withTimezone: true }),
    connectedById: uuid("connected_by_id").references(() => members.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("integrations_org_provider_unique").on(t.orgId, t.provider)],
);

export type Integration = typeof integrations.$inferSelect;
