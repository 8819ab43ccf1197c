import { z } from "zod";
import { isPermission, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { organizationId } from "@/lib/orgs/org-scope";
import { nameProblem } from "@/lib/text/names";

export const DEFAULT_KEY_DAYS = 90;
export const MAX_KEY_DAYS = 365;

export const createApiKeyInput = z.object({
  orgId: organizationId,
  name: z
    .string()
    .trim()
    .overwrite((name) => name.normalize("NFC"))
    .min(1, "Enter a name for the key.")
    .max(60, "Key names can be at most 60 characters.")
    .superRefine((name, ctx) => {
      const problem = nameProblem(name, "Key names");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  expiresInDays: z.coerce
    .number("Enter how many days the key lasts.")
    .int("Enter a whole number of days.")
    .min(1, "A key lasts at least 1 day.")
    .max(MAX_KEY_DAYS, `A key lasts at most ${MAX_KEY_DAYS} days.`)
    .default(DEFAULT_KEY_DAYS),
  permissions: z
    .array(z.string())
    .max(200)
    .refine((keys) => keys.every(isPermission), "Unknown permission in the request.")
    .transform((keys) => sortPermissions(keys as Permission[]))
    .refine((keys) => keys.length > 0, "Choose at least one permission for the key."),
});

export const revokeApiKeyInput = z.object({ keyId: z.uuid("The key is not valid.") });
