import { invalid } from "@/lib/errors";

export const PERIODS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIODS)[number];
const DEFAULT_PERIOD: PeriodDays = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

function isPeriod(value: unknown): value is PeriodDays {
  return PERIODS.includes(Number(value) as PeriodDays) && String(Number(value)) === String(value);
}

/** The period a page was asked for; anything unknown falls back to the default. */
export function periodOrDefault(value: unknown): PeriodDays {
  return isPeriod(value) ? (Number(value) as PeriodDays) : DEFAULT_PERIOD;
}

/** The period an export was asked for: absent means the default, anything else unknown is refused. */
export function requirePeriod(value: string | null): PeriodDays {
  if (value === null || value === "") return DEFAULT_PERIOD;
  if (!isPeriod(value)) throw invalid(`Choose a period of ${PERIODS.join(", ")} days.`);
  return Number(value) as PeriodDays;
}

export type PeriodRange = {
  days: PeriodDays;
  /** Start of the first UTC day. */
  since: Date;
  /** Start of the UTC day after today: the window is [since, until). */
  until: Date;
  /** Each day of the window as YYYY-MM-DD, oldest first. */
  dayKeys: string[];
};

/** The last `days` UTC days, today included. */
export function periodRange(days: PeriodDays, now: Date = new Date()): PeriodRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (days - 1) * DAY_MS);
  const until = new Date(today + DAY_MS);
  const dayKeys = Array.from({ length: days }, (_, i) => new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10));
  return { days, since, until, dayKeys };
}
