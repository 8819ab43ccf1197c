import { z } from "zod";
import { organizationId } from "@/lib/orgs/org-scope";
import { uuid } from "@/lib/roles/schema";
import { E164 } from "./format";

const CONTROL = /[\p{Cc}\p{Cf}]/u;

const numberLabel = z
  .string()
  .trim()
  .max(60, "Labels can be at most 60 characters.")
  .refine((text) => !CONTROL.test(text), "Labels can't contain control characters.")
  .default("");

export const purchaseNumberInput = z.object({
  // The organisation the buy page was opened for (lib/billing/org-scope.ts explains why).
  orgId: organizationId,
  e164: z.string({ error: "Choose a number to buy." }).trim().regex(E164, "Choose a number to buy."),
  label: numberLabel,
});

const TARGET = /^(member|ringGroup):([0-9a-f-]{36})$/i;

/** Who a number rings: "member:<id>", "ringGroup:<id>", or "none". */
const assignmentTarget = z
  .string({ error: "Choose who this number rings." })
  .refine((value) => value === "none" || TARGET.test(value), "Choose who this number rings.")
  .transform((value) => {
    const match = TARGET.exec(value);
    return match ? { type: match[1] as "member" | "ringGroup", id: match[2].toLowerCase() } : ({ type: "none" } as const);
  })
  .pipe(z.union([z.object({ type: z.literal("none") }), z.object({ type: z.enum(["member", "ringGroup"]), id: z.uuid("Choose who this number rings.") })]));

export type AssignmentTarget = z.output<typeof assignmentTarget>;

export const assignNumberInput = z.object({
  numberId: uuid("The number"),
  target: assignmentTarget,
});

export const callerIdInput = z.object({
  memberId: uuid("The member"),
  // Empty: no caller ID of their own.
  numberId: z.union([uuid("The number"), z.literal("")]),
});
