// Medians, spread and the printed table: the only arithmetic the benchmark does.
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** max/min - 1 over the rounds: 0.2 means the slowest round was 20% off the fastest. */
export function spread(values: readonly number[]): number {
  const min = Math.min(...values);
  return min > 0 ? Math.max(...values) / min - 1 : 0;
}

export const NOISY = 0.2;

export type Line = {
  id: string;
  what: string;
  a: { label: string; value: string };
  b: { label: string; value: string };
  ratio: number;
  goal: { op: ">=" | "<="; value: number };
  notes: string[];
};

export const met = (line: Line) => (line.goal.op === ">=" ? line.ratio >= line.goal.value : line.ratio <= line.goal.value);

const fmt = (n: number, digits = 2) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const formatRate = (perSecond: number) => `${fmt(perSecond, 0)}/s`;
export const formatMs = (ms: number) => `${fmt(ms, ms < 10 ? 2 : 0)} ms`;

export function table(lines: readonly Line[]): string {
  const rows = [
    "| # | What | A | B | Ratio | Goal | Met |",
    "|---|---|---|---|---|---|---|",
    ...lines.map(
      (l) =>
        `| ${l.id} | ${l.what} | ${l.a.label}: ${l.a.value} | ${l.b.label}: ${l.b.value} | ${fmt(l.ratio)} | ${l.goal.op} ${l.goal.value} | ${met(l) ? "yes" : "**no**"} |`,
    ),
  ];
  const notes = lines.flatMap((l) => l.notes.map((n) => `- ${l.id}: ${n}`));
  return [...rows, ...(notes.length ? ["", "Notes:", ...notes] : [])].join("\n");
}
