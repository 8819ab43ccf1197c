import type { Sort } from "@/lib/search-params";

type ListedRole = { kind: string; name: string; description: string | null; memberCount: number; updatedAt: Date };

/** Roles whose name or description contains `q` (any case); all of them for an empty search. */
export function searchRoles<R extends ListedRole>(roles: R[], q: string): R[] {
  const needle = q.toLocaleLowerCase();
  if (!needle) return roles;
  return roles.filter((role) => role.name.toLocaleLowerCase().includes(needle) || (role.description ?? "").toLocaleLowerCase().includes(needle));
}

// Built-in roles are never edited: they sort as the oldest edits.
const edited = (role: ListedRole) => (role.kind === "custom" ? role.updatedAt.getTime() : Number.NEGATIVE_INFINITY);

const COMPARE = {
  name: (a: ListedRole, b: ListedRole) => a.name.localeCompare(b.name, undefined, { sensitivity: "base" }),
  members: (a: ListedRole, b: ListedRole) => a.memberCount - b.memberCount,
  edited: (a: ListedRole, b: ListedRole) => edited(a) - edited(b) || 0,
} as const;

/**
 * The roles list in the order asked for, ties by name; null keeps the stored order (built-in
 * roles first). A role list is at most a few hundred rows, so this sorts in memory.
 */
export function sortRoles<R extends ListedRole>(roles: R[], sort: Sort<keyof typeof COMPARE> | null): R[] {
  if (!sort) return roles;
  const sign = sort.dir === "desc" ? -1 : 1;
  return [...roles].sort((a, b) => sign * COMPARE[sort.key](a, b) || COMPARE.name(a, b));
}
