// The one path every server action takes: authenticate, load fresh access, check the
// permission, check the plan, validate with zod, then run the body. Expected refusals come
// back as a typed result; anything else is thrown to error.tsx.
import { z } from "zod";
import type { Db } from "@/db";
import type { SessionClaims } from "@/lib/auth/session-token";
import { can, lackingMessage, loadSessionAccess, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { noteUse } from "@/lib/roles/usage";
import { DomainError, type FailureCode, type FieldErrors } from "@/lib/errors";
import { canUseCustomRoles, customRolesUnavailable } from "@/lib/plans";
import { mustSetUpTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "@/lib/two-factor/policy";

export type ActionResult =
  | { ok: true; message: string; redirectTo?: string; /** Shown once on the redirectTo page (lib/flash.ts). */ flash?: string }
  | { ok: false; code: FailureCode; formError?: string; fieldErrors?: FieldErrors };

export type ActionState = ActionResult | null;

export type ActionDefinition<S extends z.ZodType = z.ZodType> = {
  /** Stable name, used by the authorization matrix and in logs. */
  name: string;
  /** null: any signed-in member, for actions on the caller's own rows only (their notices). */
  permission: Permission | null;
  /** Refuse on plans without custom roles before looking at the input. */
  plan?: "customRoles";
  /** Changes nothing (previews): no page revalidation after it. */
  readOnly?: true;
  /** Success ends the caller's own session (a password change): they are signed out and sent to its redirectTo. */
  endsSession?: true;
  /** Part of setting up two-factor: open to a member whose organisation requires it before they have it. */
  twoFactorSetUp?: true;
  schema: S;
  /** Form fields that may repeat (checkbox groups): always read as arrays. */
  arrays?: readonly string[];
  run(context: { db: Db; actor: Access; input: z.output<S> }): Promise<ActionResult>;
};

export function defineAction<S extends z.ZodType>(definition: ActionDefinition<S>): ActionDefinition<S> {
  return definition;
}

const fail = (code: FailureCode, formError: string, fieldErrors?: FieldErrors): ActionResult => ({
  ok: false,
  code,
  formError,
  ...(fieldErrors ? { fieldErrors } : {}),
});

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue.";
export const NOT_A_FORM_MESSAGE = "This request must be sent from the form.";

function formToObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    fields.set(key, arrays.includes(key) || values.length > 1 ? values : values[0]);
  }
  for (const key of arrays) if (!fields.has(key)) fields.set(key, []);
  // fromEntries defines own properties: a field named "__proto__" cannot replace the prototype.
  return Object.fromEntries(fields);
}

export async function executeAction(definition: ActionDefinition, session: SessionClaims | null, formData: FormData, db: Db): Promise<ActionResult> {
  const actor = await loadSessionAccess(db, session);
  if (!actor) return fail("unauthenticated", SIGNED_OUT_MESSAGE);
  if (mustSetUpTwoFactor(actor) && !definition.twoFactorSetUp) return fail("forbidden", TWO_FACTOR_REQUIRED_MESSAGE);
  if (definition.permission && !can(actor, definition.permission)) return fail("forbidden", lackingMessage(definition.permission));
  noteUse(db, actor, definition.permission);
  if (definition.plan === "customRoles" && !canUseCustomRoles(actor.plan)) {
    return fail("plan", customRolesUnavailable(actor.plan));
  }
  // Next hands an action whatever a JSON or text body decodes to: only a form is input.
  if (!(formData instanceof FormData)) return fail("invalid", NOT_A_FORM_MESSAGE);
  const parsed = definition.schema.safeParse(formToObject(formData, definition.arrays));
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return fail("invalid", formErrors[0] ?? "Some fields need attention.", fieldErrors);
  }
  try {
    return await definition.run({ db, actor, input: parsed.data });
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message, error.fieldErrors);
    throw error;
  }
}
