import { z } from "zod";
import { organizationId } from "@/lib/orgs/org-scope";

const password = z.string().min(1, "Enter your password.").max(200, "Passwords can be at most 200 characters.");

/** Setting up, turning off and new recovery codes each ask for the member's password first. */
export const passwordInput = z.object({ password });

export const confirmSetUpInput = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.")),
});

export const twoFactorRequirementInput = z.object({
  orgId: organizationId,
  // A checked switch posts "on"; an unchecked one posts nothing.
  required: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});
