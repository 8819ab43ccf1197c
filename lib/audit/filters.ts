// The audit log's view in its URL (the page, its paging and its CSV export read the same one).
// A malformed value is left out and named in a message, so a hand-edited URL never fails the page.
import { z } from "zod";
import type { AuditFilter } from "@/db/queries/audit";
import { AUDIT_ACTIONS } from "@/db/schema/audit";
import { searchText } from "@/lib/search-params";

const DAY_MS = 24 * 60 * 60 * 1000;
const id = (message: string) => z.uuid(message).optional();
const day = (message: string) => z.iso.date(message).optional();
const single = (value: unknown): unknown => (Array.isArray(value) ? (value[0] as unknown) : value || undefined);

const FIELDS = {
  actor: id("The actor in the link is not a member, so it was ignored."),
  action: z.enum(AUDIT_ACTIONS, "The kind of change in the link is unknown, so it was ignored.").optional(),
  target: id("The target in the link is not a role or member, so it was ignored."),
  from: day("The From date must be a date like 2026-01-31, so it was ignored."),
  to: day("The To date must be a date like 2026-01-31, so it was ignored."),
  before: id("The page in the link is not valid: showing the newest entries."),
  after: id("The page in the link is not valid: showing the newest entries."),
};
type Field = keyof typeof FIELDS;
type Values = { [K in Field]?: z.infer<(typeof FIELDS)[K]> };

/** `by` and `about` search the actor and the target by name or email; `actor` and `target` name one exactly (links and the API). */
export type AuditView = Values & { q: string; by: string; about: string };

/** The URL's view of the log and a message per value it left out. */
export function parseAuditView(params: Record<string, string | string[] | undefined>): { view: AuditView; problems: string[] } {
  const view: AuditView = { q: searchText.parse(single(params.q)), by: searchText.parse(single(params.by)), about: searchText.parse(single(params.about)) };
  const problems = new Set<string>();
  for (const name of Object.keys(FIELDS) as Field[]) {
    const parsed = FIELDS[name].safeParse(single(params[name]));
    if (parsed.success) Object.assign(view, { [name]: parsed.data });
    else problems.add(parsed.error.issues[0].message);
  }
  if (view.from && view.to && view.from > view.to) {
    problems.add("The From date is after the To date, so the dates were ignored.");
    view.from = view.to = undefined;
  }
  if (view.before && view.after) view.after = undefined;
  return { view, problems: [...problems] };
}

/** The query's filter: dates are whole days in UTC, To included. */
export function auditFilter(view: AuditView): AuditFilter {
  return {
    actorId: view.actor,
    action: view.action,
    targetId: view.target,
    q: view.q || undefined,
    actorSearch: view.by || undefined,
    targetSearch: view.about || undefined,
    since: view.from ? new Date(`${view.from}T00:00:00Z`) : undefined,
    until: view.to ? new Date(new Date(`${view.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
}

/** The view's filters as URL params, without its page: what the export and the paging links keep. */
export function filterParams(view: AuditView): Record<string, string | undefined> {
  return { q: view.q, by: view.by, actor: view.actor, about: view.about, action: view.action, target: view.target, from: view.from, to: view.to };
}

export const hasFilters = (view: AuditView) => Object.values(filterParams(view)).some(Boolean);
