import { z } from "zod";
import { organizationId } from "@/lib/orgs/org-scope";
import { providersOf, type IntegrationKind, type ProviderId } from "./catalog";

const providerOf = (kind: IntegrationKind) => z.enum(providersOf(kind) as [ProviderId, ...ProviderId[]], { error: "Choose one of the listed integrations." });

const apiKey = z.string().trim().min(1, "Enter the API key.").max(200, "API keys can be at most 200 characters.");

export const connectInput = (kind: IntegrationKind) => z.object({ orgId: organizationId, provider: providerOf(kind), apiKey });

export const disconnectInput = z.object({ integrationId: z.uuid("The integration is not valid.") });
