// Opening hours: the week, time zones, and whether the organisation is open at a moment.
import type { Holiday, WeeklyHours } from "@/db/schema";

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof DAYS)[number];

export const DAY_NAMES: Record<Day, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** Monday to Friday between two times, closed at weekends. */
export const businessWeek = (open: string, close: string): WeeklyHours => ({
  mon: { open, close },
  tue: { open, close },
  wed: { open, close },
  thu: { open, close },
  fri: { open, close },
  sat: null,
  sun: null,
});

/** What an organisation starts with before anyone edits its hours. */
export const DEFAULT_HOURS = { timeZone: "UTC", weeklyHours: businessWeek("09:00", "17:00"), holidays: [] as Holiday[] };

// Node's list leaves out "UTC" itself, which is what new organisations start on.
export const TIME_ZONES: readonly string[] = [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])];
const ZONES = new Set(TIME_ZONES);
export const isTimeZone = (zone: string) => ZONES.has(zone);

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date (no 31 February), written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value;
}

export function dayHoursText(hours: WeeklyHours[Day]): string {
  return hours ? `${hours.open}–${hours.close}` : "Closed";
}

export function formatHolidayDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The local weekday, date and time at `at` in the time zone. */
function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    day: part("weekday").toLowerCase().slice(0, 3) as Day,
    date: `${part("year")}-${part("month")}-${part("day")}`,
    time: `${part("hour")}:${part("minute")}`,
  };
}

export type OpenState = { open: true } | { open: false; holiday?: string };

/** Open at `at`: a working day, within its hours, and not a holiday (all in the organisation's zone). */
export function openStateAt(settings: { timeZone: string; weeklyHours: WeeklyHours; holidays: readonly Holiday[] }, at: Date): OpenState {
  const local = localParts(at, settings.timeZone);
  const holiday = settings.holidays.find((h) => h.date === local.date);
  if (holiday) return { open: false, holiday: holiday.name };
  const hours = settings.weeklyHours[local.day];
  return hours && hours.open <= local.time && local.time < hours.close ? { open: true } : { open: false };
}
