// The compare page's and CSV export's search params: role ids (repeated or comma-separated)
// and optionally a built-in role or template to compare with, validated before any query.
import { z } from "zod";
import { BUILT_IN_KINDS } from "@/lib/authz/built-in-roles";
import { TEMPLATE_KEYS } from "./templates";

const MAX_COMPARED = 10;

const roleIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set([value ?? []].flat().flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))])
  .pipe(z.array(z.uuid("A role to compare is not valid.")).max(MAX_COMPARED, `Compare at most ${MAX_COMPARED} roles at once.`));

const compareQuery = z.object({
  roles: roleIds,
  origin: z.enum([...BUILT_IN_KINDS, ...TEMPLATE_KEYS]).optional(),
  all: z.literal("1").optional(),
});

export type CompareQuery = z.output<typeof compareQuery>;

/** Search params as Next gives them, or a URL's: the same object either way. */
export function parseCompareQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const input =
    params instanceof URLSearchParams
      ? { roles: params.getAll("roles"), origin: params.get("origin") ?? undefined, all: params.get("all") ?? undefined }
      : params;
  return compareQuery.safeParse(input);
}

/** The page's address for a query, so links keep what was picked. */
export function compareHref(base: string, query: { roles: readonly string[]; origin?: string; all?: boolean }): string {
  const params = new URLSearchParams();
  if (query.roles.length) params.set("roles", query.roles.join(","));
  if (query.origin) params.set("origin", query.origin);
  if (query.all) params.set("all", "1");
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}
