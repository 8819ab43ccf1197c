// The server side of a public form (sign-up, accepting an invitation, the password reset forms):
// no session and no action wrapper, but the same answers for bad input and refused requests.
import { z } from "zod";
import type { ActionResult } from "@/lib/action";
import { DomainError } from "@/lib/errors";

export type Failure = Extract<ActionResult, { ok: false }>;

const invalid = (error: z.ZodError): Failure => {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return { ok: false, code: "invalid", formError: formErrors[0] ?? "Check the highlighted fields.", fieldErrors };
};

/**
 * Reads the schema's fields from the form (an absent one as ""), validates them and runs `body`;
 * a validation failure or a DomainError comes back as the failed result. `onInvalid` words a
 * validation failure differently where the page needs it.
 */
export async function runPublicForm<Schema extends z.ZodObject, Result>(
  schema: Schema,
  formData: FormData,
  body: (input: z.output<Schema>) => Promise<Result>,
  onInvalid: (error: z.ZodError) => Failure = invalid,
): Promise<Result | Failure> {
  const fields = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, formData.get(name) ?? ""]));
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return onInvalid(parsed.error);
  try {
    return await body(parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, formError: error.message };
    throw error;
  }
}
