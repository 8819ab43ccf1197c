import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import type { Comparison, ComparisonRow } from "@/lib/roles/compare";

function Cell({ granted, role }: { granted: boolean; role: string }) {
  return (
    <Td label={role} className={granted ? "text-emerald-800" : "text-slate-500"}>
      <span aria-hidden="true">{granted ? "✓ " : "— "}</span>
      {granted ? "Granted" : "Not granted"}
    </Td>
  );
}

function Row({ row, roles }: { row: ComparisonRow; roles: string[] }) {
  return (
    <Tr className={row.differs ? "bg-amber-50/60" : ""}>
      <Th scope="row">
        {row.label}
        <div className="text-xs font-normal text-slate-600">{row.category}</div>
      </Th>
      {row.grants.map((granted, i) => (
        <Cell key={i} granted={granted} role={roles[i]} />
      ))}
    </Tr>
  );
}

/** Permissions down, roles across: differing rows first, then (with Show all) the rest. */
export function ComparisonTable({ comparison, rows }: { comparison: Comparison; rows: ComparisonRow[] }) {
  const differing = rows.filter((r) => r.differs);
  const same = rows.filter((r) => !r.differs);
  const span = comparison.roles.length + 1;
  const names = comparison.roles.map((role) => role.name);
  return (
    <Table caption="Role comparison" width="min-w-[36rem]" stack>
      <THead>
        <Th>Permission</Th>
        {comparison.roles.map((role) => (
          <Th key={role.id} className="wrap-anywhere">
            {role.name}
            <div className="text-xs font-normal">{role.note}</div>
          </Th>
        ))}
      </THead>
      <tbody>
        {differing.length > 0 && (
          <tr>
            <th scope="colgroup" colSpan={span} className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
              Differences
            </th>
          </tr>
        )}
        {differing.map((row) => (
          <Row key={row.key} row={row} roles={names} />
        ))}
        {same.length > 0 && (
          <tr>
            <th scope="colgroup" colSpan={span} className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
              Same in every role
            </th>
          </tr>
        )}
        {same.map((row) => (
          <Row key={row.key} row={row} roles={names} />
        ))}
      </tbody>
    </Table>
  );
}
