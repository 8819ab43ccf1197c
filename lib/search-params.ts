// What list pages read from their URL. Anything malformed falls back to "no filter" rather
// than an error: a URL is typed, pasted and edited by hand.
import { z } from "zod";

// C0 and C1 control characters: PostgreSQL refuses NUL in text (a thrown 500), and no search
// term needs a tab or a newline, so each becomes a space.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, "g");

/** Whether text holds a control character: an API refuses such a search with a 400 rather than reading it otherwise. */
export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTER.test(value);

/** The text of a search box: control characters become spaces, trimmed, at most 100 characters (else no search). */
export const searchText = z
  .string()
  .transform((value) => value.replace(CONTROL_CHARACTERS, " ").trim())
  .pipe(z.string().max(100))
  .catch("");

export const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

type SortDirection = "asc" | "desc";
export type Sort<K extends string> = { key: K; dir: SortDirection };

/**
 * A list's order in the URL: `sort=name` (ascending) or `sort=-name` (descending), one of `keys`;
 * anything else is the list's default order (null).
 */
function sortParam<K extends string>(keys: readonly K[]) {
  return z
    .string()
    .optional()
    .transform((value): Sort<K> | null => {
      const key = value?.replace(/^-/, "");
      return key && (keys as readonly string[]).includes(key) ? { key: key as K, dir: value!.startsWith("-") ? "desc" : "asc" } : null;
    })
    .catch(null);
}

/** The URL value of a sort: what sortParam reads back. */
export function sortValue(sort: Sort<string> | null): string {
  return sort ? `${sort.dir === "desc" ? "-" : ""}${sort.key}` : "";
}

/** A list page's URL with these params, leaving out the empty ones. */
export function listHref(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== "") query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const ROLE_SORTS = ["name", "members", "edited"] as const;
export type RoleSort = (typeof ROLE_SORTS)[number];

export const roleFilters = z.object({
  q: searchText.default(""),
  sort: sortParam(ROLE_SORTS),
  page: pageNumber.default(1),
});

export const MEMBER_SORTS = ["name", "email", "role", "status"] as const;

export const teamFilters = z.object({
  q: searchText.default(""),
  role: z.string().optional().catch(undefined),
  sort: sortParam(MEMBER_SORTS),
  // Keyset paging: the member a page starts after (Next) or ends before (Previous); checked with parseId.
  after: z.string().optional().catch(undefined),
  before: z.string().optional().catch(undefined),
});

export const messageFilters = z.object({
  q: searchText.default(""),
  page: pageNumber.default(1),
  // The new-message form is opened by a link, so it works before any script runs.
  compose: z.literal("1").optional().catch(undefined),
});

export const numberFilters = z.object({
  q: searchText.default(""),
  page: pageNumber.default(1),
});
