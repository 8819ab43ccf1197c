// Roles side by side: one row per permission, differences first. Pure, so
// the page, the CSV export and the tests share one answer.
import { csvRow } from "@/lib/csv";
import { categoryLabel, PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { z } from "zod";
import { BUILT_IN_KINDS } from "@/lib/authz/built-in-roles";
import { TEMPLATE_KEYS } from "./templates";

export type ComparedRole = { id: string; name: string; note: string; permissions: readonly Permission[] };

export type ComparisonRow = {
  key: Permission;
  label: string;
  category: string;
  /** Per column, in the order of the roles compared. */
  grants: boolean[];
  differs: boolean;
};

export type Comparison = { roles: ComparedRole[]; rows: ComparisonRow[]; differing: number };

/** Every permission of the registry, the ones the roles disagree on first, each group in registry order. */
export function compareRoles(roles: ComparedRole[]): Comparison {
  const sets = roles.map((role) => new Set(role.permissions));
  const all = PERMISSIONS.map((p) => {
    const grants = sets.map((set) => set.has(p.key));
    return { key: p.key, label: p.label, category: categoryLabel(p.category), grants, differs: grants.some((g) => g !== grants[0]) };
  });
  const rows = [...all.filter((r) => r.differs), ...all.filter((r) => !r.differs)];
  return { roles, rows, differing: rows.filter((r) => r.differs).length };
}

/** What the page shows: the differences, or every row with "Show all". */
export function visibleRows(comparison: Comparison, showAll: boolean): ComparisonRow[] {
  return showAll ? comparison.rows : comparison.rows.filter((r) => r.differs);
}

/** The comparison as CSV (every permission, differences first), safe to open in a spreadsheet. */
export function comparisonCsv(comparison: Comparison): string {
  const header = ["Category", "Permission", "Differs", ...comparison.roles.map((r) => (r.note ? `${r.name} (${r.note})` : r.name))];
  const lines = comparison.rows.map((row) => [row.category, row.label, row.differs ? "Yes" : "No", ...row.grants.map((g) => (g ? "Granted" : "Not granted"))]);
  return [header, ...lines].map(csvRow).join("");
}

// The compare page's and CSV export's search params: role ids (repeated or comma-separated)
// and optionally a built-in role or template to compare with, validated before any query.
const MAX_COMPARED = 10;

const roleIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [
    ...new Set(
      [value ?? []]
        .flat()
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ])
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
