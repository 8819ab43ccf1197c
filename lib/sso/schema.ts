import { z } from "zod";
import { organizationId } from "@/lib/orgs/org-scope";

const issuer = z
  .string()
  .trim()
  .max(500, "The issuer URL can be at most 500 characters.")
  .pipe(z.url({ message: "Enter the issuer URL, for example https://example.okta.com." }))
  .refine((value) => {
    // Refinements run even when the URL check failed: parse defensively.
    const url = URL.canParse(value) ? new URL(value) : null;
    return !!url && (url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)));
  }, "The issuer URL must start with https:// (plain http only for a provider on this machine).")
  .transform((value) => value.replace(/\/+$/, ""));

export const connectionInput = z.object({
  orgId: organizationId,
  issuer,
  clientId: z.string().trim().min(1, "Enter the client ID.").max(300, "The client ID can be at most 300 characters."),
  // Empty on an update keeps the stored secret.
  clientSecret: z.string().trim().max(500, "The client secret can be at most 500 characters.").optional().default(""),
});

export const domainInput = z.object({
  orgId: organizationId,
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253, "A domain can be at most 253 characters.")
    .regex(/^(?=.{1,253}$)(?!-)([a-z0-9-]{1,63}(?<!-)\.)+[a-z][a-z0-9-]{0,62}(?<!-)$/, "Enter a domain like example.com, without @ or https://."),
});

export const domainIdInput = z.object({ orgId: organizationId, domainId: z.uuid("That domain is not valid.") });

export const requireSsoInput = z.object({
  orgId: organizationId,
  required: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});
