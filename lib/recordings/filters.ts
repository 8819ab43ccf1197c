// The list's filters as they arrive in the URL: anything malformed is dropped, not an error,
// except a date range that ends before it starts, which is explained beside the field.
import { z } from "zod";
import type { RecordingFilter } from "@/db/queries/recordings";
import { parseId } from "@/lib/ids";
import { pageNumber, searchText } from "@/lib/search-params";

const DAY_MS = 24 * 60 * 60 * 1000;
const dateKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

const raw = z.object({
  member: z.string().optional().catch(undefined),
  from: dateKey.optional().catch(undefined),
  to: dateKey.optional().catch(undefined),
  q: searchText.optional(),
  page: pageNumber.default(1),
});

export type RecordingFilterForm = {
  member: string;
  from: string;
  to: string;
  q: string;
  page: number;
  rangeError?: string;
  /** What the query runs with. */
  filter: RecordingFilter;
};

export function parseRecordingFilters(params: Record<string, string | string[] | undefined>): RecordingFilterForm {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const input = raw.parse({ member: first(params.member), from: first(params.from), to: first(params.to), q: first(params.q), page: first(params.page) });
  const memberId = parseId(input.member) ?? undefined;
  const from = input.from ? new Date(`${input.from}T00:00:00Z`) : undefined;
  // "To" is inclusive: the whole of that day.
  const until = input.to ? new Date(Date.parse(`${input.to}T00:00:00Z`) + DAY_MS) : undefined;
  const backwards = from && until && until <= from;
  return {
    member: memberId ?? "",
    from: input.from ?? "",
    to: input.to ?? "",
    q: input.q ?? "",
    page: input.page,
    rangeError: backwards ? "The end date is before the start date." : undefined,
    filter: {
      memberId,
      from: backwards ? undefined : from,
      until: backwards ? undefined : until,
      q: input.q || undefined,
      page: input.page,
    },
  };
}

/** The list URL for these filters on another page. */
export function recordingsHref(form: Pick<RecordingFilterForm, "member" | "from" | "to" | "q">, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["member", "from", "to", "q"] as const) if (form[key]) params.set(key, form[key]);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/recordings?${query}` : "/recordings";
}
