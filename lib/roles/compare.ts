// Roles side by side: one row per permission, differences first. Pure, so
// the page, the CSV export and the tests share one answer.
import { csvRow } from "@/lib/csv";
import { categoryLabel, PERMISSIONS, type Permission } from "@/lib/authz/permissions";

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
  const lines = comparison.rows.map((row) => [
    row.category,
    row.label,
    row.differs ? "Yes" : "No",
    ...row.grants.map((g) => (g ? "Granted" : "Not granted")),
  ]);
  return [header, ...lines].map(csvRow).join("");
}
