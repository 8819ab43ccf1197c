import { randomBytes } from "node:crypto";
import type { WebhookEndpoint } from "@/db/schema";
import { open, seal } from "@/lib/crypto/secret-box";

const context = (orgId: string) => `webhook-endpoint:${orgId}`;

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export const sealWebhookSecret = (orgId: string, secret: string) => seal(secret, context(orgId));

export const openSecret = (endpoint: Pick<WebhookEndpoint, "orgId" | "secretCiphertext">) => open(endpoint.secretCiphertext, context(endpoint.orgId));
