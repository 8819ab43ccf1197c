import { z } from "zod";
import { organizationId } from "@/lib/orgs/org-scope";
import { isWebhookEventType, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";

const ORDER = new Map(WEBHOOK_EVENT_TYPES.map((type, at) => [type, at]));

export const createEndpointInput = z.object({
  orgId: organizationId,
  url: z
    .string()
    .trim()
    .min(1, "Enter the address to send events to.")
    .max(2000, "Addresses can be at most 2,000 characters.")
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && !url.hash;
    }, "Enter an http or https address without a user name, password or #fragment, such as https://example.com/webhooks."),
  description: z.string().trim().max(200, "Descriptions can be at most 200 characters.").default(""),
  events: z
    .array(z.string())
    .max(WEBHOOK_EVENT_TYPES.length * 2)
    .refine((types) => types.every(isWebhookEventType), "Unknown event in the request.")
    .transform((types) => [...new Set(types as WebhookEventType[])].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!))
    .refine((types) => types.length > 0, "Choose at least one event."),
});

const endpointId = z.uuid("The endpoint is not valid.");

export const endpointInput = z.object({ endpointId });

export const setEndpointEnabledInput = z.object({ endpointId, enabled: z.enum(["true", "false"]).transform((value) => value === "true") });

export const redeliverInput = z.object({ deliveryId: z.uuid("The delivery is not valid.") });
