import type { Comparison, ComparisonRow } from "@/lib/roles/compare";

function Cell({ granted }: { granted: boolean }) {
  return (
    <td className={`px-4 py-2 ${granted ? "text-emerald-800" : "text-slate-500"}`}>
      <span aria-hidden="true">{granted ? "✓ " : "— "}</span>
      {granted ? "Granted" : "Not granted"}
    </td>
  );
}

function Row({ row }: { row: ComparisonRow }) {
  return (
    <tr className={`border-t border-slate-100 ${row.differs ? "bg-amber-50/60" : ""}`}>
      <th scope="row" className="px-4 py-2 text-left font-medium">
        {row.label}
        <div className="text-xs font-normal text-slate-600">{row.category}</div>
      </th>
      {row.grants.map((granted, i) => (
        <Cell key={i} granted={granted} />
      ))}
    </tr>
  );
}

/** Permissions down, roles across: differing rows first, then (with Show all) the rest. */
export function ComparisonTable({ comparison, rows }: { comparison: Comparison; rows: ComparisonRow[] }) {
  const differing = rows.filter((r) => r.differs);
  const same = rows.filter((r) => !r.differs);
  const span = comparison.roles.length + 1;
  return (
    <div tabIndex={0} role="region" aria-label="Role comparison, scrollable" className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Role comparison</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Permission
            </th>
            {comparison.roles.map((role) => (
              <th key={role.id} scope="col" className="px-4 py-2 font-medium">
                {role.name}
                <div className="text-xs font-normal">{role.note}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {differing.length > 0 && (
            <tr>
              <th scope="colgroup" colSpan={span} className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
                Differences
              </th>
            </tr>
          )}
          {differing.map((row) => (
            <Row key={row.key} row={row} />
          ))}
          {same.length > 0 && (
            <tr>
              <th scope="colgroup" colSpan={span} className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
                Same in every role
              </th>
            </tr>
          )}
          {same.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
