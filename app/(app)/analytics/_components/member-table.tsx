import { Badge } from "@/components/ui/badge";
import type { MemberFigures } from "@/lib/analytics/dashboard";
import { formatCount, formatHandleTime, formatPercent } from "@/lib/analytics/format";

export function MemberTable({ rows }: { rows: MemberFigures[] }) {
  return (
    <section aria-labelledby="by-member" className="mb-8">
      <h2 id="by-member" className="text-lg font-semibold text-slate-900">
        By member
      </h2>
      <p className="mb-3 text-sm text-slate-700">Each member’s calls in the period, busiest first.</p>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <div tabIndex={0} role="region" aria-label="Calls by member, scrollable" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Calls by member</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Member
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Calls
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Answered
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Missed
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Voicemail
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Answer rate
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Avg handle time
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.memberId ?? "none"} className="border-t border-slate-100">
                <th scope="row" className="px-4 py-2 font-medium">
                  {row.name} {row.deactivated && <Badge>Deactivated</Badge>}
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.calls)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.answered)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.missed)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.voicemail)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatPercent(row.answerRate)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{row.answered ? formatHandleTime(row.averageHandleSeconds) : "None answered"}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="px-4 py-6 text-center text-slate-700">
                  No calls in this period.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
