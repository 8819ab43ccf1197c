import type { Holiday, WeeklyHours } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { DAY_NAMES, DAYS, dayHoursText, formatHolidayDate, openStateAt } from "@/lib/call-flows/hours";

type Settings = { timeZone: string; weeklyHours: WeeklyHours; holidays: readonly Holiday[] };

/** The week, the time zone, the holidays, and whether calls are being answered right now. */
export function HoursSummary({ settings }: { settings: Settings }) {
  const state = openStateAt(settings, new Date());
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
        {state.open ? <Badge tone="success">Open now</Badge> : <Badge tone="warning">Closed now</Badge>}
        {!state.open && state.holiday && <span>for {state.holiday}</span>}
        <span>Time zone: {settings.timeZone.replace(/_/g, " ")}</span>
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Table caption="Weekly schedule">
          <tbody>
            {DAYS.map((day) => (
              <Tr key={day} className="first:border-t-0">
                <Th scope="row" className="text-slate-800">
                  {DAY_NAMES[day]}
                </Th>
                <Td className="text-slate-900">{dayHoursText(settings.weeklyHours[day] ?? null)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Holidays</h3>
          {settings.holidays.length === 0 ? (
            <p className="mt-1 text-sm text-slate-700">No holidays set.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {settings.holidays.map((h) => (
                <li key={h.date}>
                  <span className="font-medium text-slate-900">{h.name}</span> <span className="text-slate-700">{formatHolidayDate(h.date)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
