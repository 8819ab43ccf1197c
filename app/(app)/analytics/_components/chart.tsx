// A small daily chart as inline SVG: the picture for sighted people, an aria-label summary
// and a visually hidden table of every value for everyone else. Labels sit outside the SVG
// so they stay readable at any width.
import { formatDay } from "@/lib/analytics/format";

type ChartPoint = { day: string; value: number | null };

type Props = {
  title: string;
  points: ChartPoint[];
  kind: "bar" | "line";
  /** Tailwind text colour class; the marks draw in currentColor. */
  color: string;
  format: (value: number) => string;
  /** Durations get whole-minute gridlines, counts 1-2-5 steps. */
  scale?: "count" | "duration";
  summary: string;
};

const WIDTH = 300;
const HEIGHT = 120;

/** 1, 2 or 5 times a power of ten, at least `value`: round numbers for the axis. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

const MINUTES = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240];

/** A whole number of minutes, in seconds, at least `seconds`. */
function niceDuration(seconds: number): number {
  const minutes = MINUTES.find((m) => m * 60 >= seconds) ?? Math.ceil(seconds / 3600) * 60;
  return minutes * 60;
}

export function Chart({ title, points, kind, color, format, scale = "count", summary }: Props) {
  const highest = Math.max(0, ...points.map((p) => p.value ?? 0));
  const max = scale === "duration" ? niceDuration(highest) : niceMax(highest);
  const step = WIDTH / points.length;
  const y = (value: number) => HEIGHT - (value / max) * HEIGHT;
  const first = points[0]?.day;
  const last = points.at(-1)?.day;

  // Days without a value break the line rather than dropping it to zero.
  const segments: string[] = [];
  let pen = "M";
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = "M";
      return;
    }
    segments.push(`${pen}${(i + 0.5) * step},${y(p.value)}`);
    pen = "L";
  });

  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-medium text-slate-900">{title}</figcaption>
      <p className="mt-0.5 text-xs text-slate-700">{summary}</p>
      <div className="mt-3 flex gap-2">
        <div aria-hidden="true" className="flex w-10 shrink-0 flex-col justify-between text-right text-xs text-slate-700">
          <span>{format(max)}</span>
          <span>{format(0)}</span>
        </div>
        <svg role="img" aria-label={`${title}: ${summary}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={`h-auto min-w-0 flex-1 overflow-visible ${color}`}>
          <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-400" strokeWidth="1" />
          <line x1="0" x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className="stroke-slate-200" strokeWidth="1" strokeDasharray="3 3" />
          <line x1="0" x2={WIDTH} y1="0" y2="0" className="stroke-slate-200" strokeWidth="1" strokeDasharray="3 3" />
          {kind === "bar" ? (
            points.map((p, i) =>
              p.value ? (
                <rect key={p.day} x={i * step + step * 0.15} width={step * 0.7} y={y(p.value)} height={HEIGHT - y(p.value)} fill="currentColor">
                  <title>{`${formatDay(p.day)}: ${format(p.value)}`}</title>
                </rect>
              ) : null,
            )
          ) : (
            <>
              <path d={segments.join(" ")} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
              {points.length <= 31 &&
                points.map((p, i) =>
                  p.value === null ? null : (
                    <circle key={p.day} cx={(i + 0.5) * step} cy={y(p.value)} r="2.5" fill="currentColor">
                      <title>{`${formatDay(p.day)}: ${format(p.value)}`}</title>
                    </circle>
                  ),
                )}
            </>
          )}
        </svg>
      </div>
      {first && last && (
        <div aria-hidden="true" className="ml-12 mt-1 flex justify-between text-xs text-slate-700">
          <span>{formatDay(first)}</span>
          <span>{formatDay(last)}</span>
        </div>
      )}
      <table className="sr-only">
        <caption>{title}, per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.day}>
              <th scope="row">{formatDay(p.day)}</th>
              <td>{p.value === null ? "No answered calls" : format(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
