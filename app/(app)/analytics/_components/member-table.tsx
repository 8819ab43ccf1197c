import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import type { MemberFigures } from "@/lib/analytics/dashboard";
import { formatCount, formatHandleTime, formatPercent } from "@/lib/analytics/format";

export function MemberTable({ rows }: { rows: MemberFigures[] }) {
  return (
    <section aria-labelledby="by-member" className="mb-8">
      <h2 id="by-member" className="text-lg font-semibold text-slate-900">
        By member
      </h2>
      <p className="mb-3 text-sm text-slate-700">Each member’s calls in the period, busiest first.</p>
      <Table caption="Calls by member" width="min-w-[40rem]">
        <THead>
          <Th>Member</Th>
          <Th className="text-right">Calls</Th>
          <Th className="text-right">Answered</Th>
          <Th className="text-right">Missed</Th>
          <Th className="text-right">Voicemail</Th>
          <Th className="text-right">Answer rate</Th>
          <Th className="text-right">Avg handle time</Th>
        </THead>
        <tbody>
          {rows.map((row) => (
            <Tr key={row.memberId ?? "none"}>
              <Th scope="row">
                {row.name} {row.deactivated && <Badge>Deactivated</Badge>}
              </Th>
              <Td className="text-right tabular-nums">{formatCount(row.calls)}</Td>
              <Td className="text-right tabular-nums">{formatCount(row.answered)}</Td>
              <Td className="text-right tabular-nums">{formatCount(row.missed)}</Td>
              <Td className="text-right tabular-nums">{formatCount(row.voicemail)}</Td>
              <Td className="text-right tabular-nums">{formatPercent(row.answerRate)}</Td>
              <Td className="text-right tabular-nums">{row.answered ? formatHandleTime(row.averageHandleSeconds) : "None answered"}</Td>
            </Tr>
          ))}
          {rows.length === 0 && <EmptyRow columns={7}>No calls in this period.</EmptyRow>}
        </tbody>
      </Table>
    </section>
  );
}
