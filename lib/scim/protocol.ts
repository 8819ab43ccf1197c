// SCIM 2.0 wire format (RFC 7643 resources, RFC 7644 protocol): schema URNs, error bodies,
// the filters and paging we support, and the PATCH shapes Okta and Microsoft Entra ID send.
import { z } from "zod";

const SCIM_CONTENT_TYPE = "application/scim+json";
export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

export type ScimType = "invalidFilter" | "invalidValue" | "invalidSyntax" | "invalidPath" | "noTarget" | "uniqueness" | "mutability" | "tooMany";

/** A refusal the SCIM handlers answer with an RFC 7644 §3.12 error body. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
  }
}

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": SCIM_CONTENT_TYPE, "cache-control": "no-store", ...headers } });
}

export function scimErrorResponse(status: number, detail: string, scimType?: ScimType, headers: Record<string, string> = {}): Response {
  return scimJson({ schemas: [ERROR_SCHEMA], status: String(status), ...(scimType && { scimType }), detail }, status, headers);
}

/** Okta and Entra ID send booleans as strings ("True", "False") in some PATCH operations. */
export const scimBoolean = z.union([
  z.boolean(),
  z.string().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === "true") return true;
    if (v === "false") return false;
    ctx.addIssue({ code: "custom", message: `“${s}” is not a boolean.` });
    return z.NEVER;
  }),
]);

// Filters: `attribute eq "value"`, the ones the directories send. Anything else is refused.
const FILTER = /^\s*([A-Za-z][\w.]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export function parseFilter(filter: string | null, allowed: readonly string[]): { attribute: string; value: string } | null {
  if (filter === null || filter.trim() === "") return null;
  const match = FILTER.exec(filter);
  if (!match) throw new ScimError(400, 'Only filters of the form `attribute eq "value"` are supported.', "invalidFilter");
  const attribute = allowed.find((a) => a.toLowerCase() === match[1].toLowerCase());
  if (!attribute) throw new ScimError(400, `Filtering on “${match[1]}” is not supported. Use one of: ${allowed.join(", ")}.`, "invalidFilter");
  return { attribute, value: match[2].replace(/\\(.)/g, "$1") };
}

/** startIndex is 1-based; count is capped so one page stays one quick query. */
export function parsePaging(params: URLSearchParams): { startIndex: number; count: number } {
  const int = (name: string, fallback: number) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw new ScimError(400, `${name} must be a whole number.`, "invalidValue");
    return n;
  };
  return { startIndex: Math.max(1, int("startIndex", 1)), count: Math.min(200, Math.max(0, int("count", 100))) };
}

export function listResponse(resources: unknown[], total: number, startIndex: number) {
  return { schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

/** Reads a JSON body, refusing anything else with invalidSyntax. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 1_000_000) throw new ScimError(413, "The request body is too large.", "tooMany");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ScimError(400, "The request body is not valid JSON.", "invalidSyntax");
  }
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScimError(400, `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`, "invalidValue");
  }
  return parsed.data;
}

// Resources in -------------------------------------------------------------------------------

const text = z.string().trim().max(200);

export const userInput = z.looseObject({
  userName: text.min(1),
  externalId: text.optional().nullable(),
  displayName: text.optional().nullable(),
  title: text.optional().nullable(),
  name: z
    .looseObject({ formatted: text.optional().nullable(), givenName: text.optional().nullable(), familyName: text.optional().nullable() })
    .optional()
    .nullable(),
  emails: z
    .array(z.looseObject({ value: text, primary: scimBoolean.optional(), type: z.string().optional() }))
    .optional()
    .nullable(),
  active: scimBoolean.optional(),
});
export type UserInput = z.output<typeof userInput>;

const memberRef = z.looseObject({ value: z.string().max(100), display: z.string().optional() });

export const groupInput = z.looseObject({
  displayName: text.min(1),
  externalId: text.optional().nullable(),
  members: z.array(memberRef).max(10_000).optional().nullable(),
});

export const patchInput = z.looseObject({
  schemas: z.array(z.string()).optional(),
  Operations: z
    .array(
      z.looseObject({
        // "add", "Add", "REPLACE": op names in any case.
        op: z.string().transform((op, ctx) => {
          const v = op.toLowerCase();
          if (v === "add" || v === "replace" || v === "remove") return v;
          ctx.addIssue({ code: "custom", message: `Unknown operation “${op}”.` });
          return z.NEVER;
        }),
        path: z.string().max(300).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type PatchOperation = z.output<typeof patchInput>["Operations"][number];

/** `members[value eq "id"]`: the path filter Okta and Entra ID remove one member with. */
export function memberPathFilter(path: string): string | null {
  const match = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path.trim());
  return match ? match[1] : null;
}

export const memberValues = (value: unknown): string[] => {
  const parsed = z.array(memberRef).safeParse(Array.isArray(value) ? value : value === undefined ? [] : [value]);
  if (!parsed.success) throw new ScimError(400, "members must be a list of { value } objects.", "invalidValue");
  return parsed.data.map((m) => m.value);
};
