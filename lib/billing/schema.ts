import { z } from "zod";
import { countField } from "@/lib/form-numbers";
import { PLANS } from "@/lib/plans";
import { organizationId } from "@/lib/orgs/org-scope";

const count = countField;

export const changePlanInput = z.object({
  orgId: organizationId,
  plan: z.enum(PLANS, { error: "Choose one of the plans." }),
  // What the downgrade confirmation listed: refused if the custom roles changed since.
  inactiveRoles: count.optional(),
  affectedMembers: count.optional(),
});

// Only shape here; the processor judges the card itself (Luhn, expiry, CVC, declines).
export const paymentMethodInput = z.object({
  orgId: organizationId,
  cardNumber: z
    .string()
    .transform((text) => text.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, "Enter the card number: 12 to 19 digits.")),
  expiry: z
    .string()
    .trim()
    .regex(/^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/, "Enter the expiry as MM/YY.")
    .transform((text) => {
      const [month, year] = text.split("/").map((part) => Number(part.trim()));
      return { month: month, year: year < 100 ? 2000 + year : year };
    }),
  cvc: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, "Enter the 3 or 4 digit security code."),
});
