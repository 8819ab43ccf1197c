const NUMBER = new Intl.NumberFormat("en-GB");
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export const formatCount = (value: number) => NUMBER.format(value);

/** 252 -> "4m 12s"; 3725 -> "1h 2m". */
export function formatHandleTime(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)}m ${s % 60}s` : `${s / 60}m`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

export const formatPercent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** "2025-03-04" -> "4 Mar". */
export const formatDay = (key: string) => DAY.format(new Date(`${key}T00:00:00Z`));
