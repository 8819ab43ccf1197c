import type { Figures } from "@/lib/analytics/dashboard";
import { formatCount, formatDay, formatHandleTime, formatPercent } from "@/lib/analytics/format";
import { Chart } from "./chart";

type Props = { id: string; title: string; description: string; figures: Figures };

/** Headline figures and the three daily charts for one scope (you, or the organisation). */
export function FiguresSection({ id, title, description, figures }: Props) {
  const longest = peakDay(
    figures.days.filter((d) => d.answered > 0),
    (d) => d.averageHandleSeconds,
  );
  // Calls and missed calls: a bar a day, summed up by the total and the peak day.
  const dailyCount = (title: string, color: string, key: "calls" | "missed", summary: (peak: Day) => string, none: string) => {
    const peak = peakDay(figures.days, (d) => d[key]);
    return (
      <Chart
        title={title}
        kind="bar"
        color={color}
        format={formatCount}
        points={figures.days.map((d) => ({ day: d.day, value: d[key] }))}
        summary={figures[key] && peak ? summary(peak) : none}
      />
    );
  };
  const tiles = [
    { label: "Calls", value: formatCount(figures.calls) },
    { label: "Answered", value: `${formatCount(figures.answered)} (${formatPercent(figures.answerRate)})` },
    { label: "Missed", value: formatCount(figures.missed) },
    { label: "Voicemail", value: formatCount(figures.voicemail) },
    { label: "Average handle time", value: figures.answered ? formatHandleTime(figures.averageHandleSeconds) : "No answered calls" },
  ];
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{description}</p>
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs font-medium text-slate-700">{tile.label}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        {dailyCount(
          "Calls",
          "text-brand-600",
          "calls",
          (peak) => `${formatCount(figures.calls)} in total, busiest ${formatDay(peak.day)} with ${formatCount(peak.calls)}.`,
          "No calls in this period.",
        )}
        {dailyCount(
          "Missed calls",
          "text-red-700",
          "missed",
          (peak) => `${formatCount(figures.missed)} in total, most on ${formatDay(peak.day)} with ${formatCount(peak.missed)}.`,
          "No missed calls in this period.",
        )}
        <Chart
          title="Average handle time"
          kind="line"
          color="text-emerald-700"
          format={formatHandleTime}
          scale="duration"
          points={figures.days.map((d) => ({ day: d.day, value: d.answered ? d.averageHandleSeconds : null }))}
          summary={
            longest
              ? `${formatHandleTime(figures.averageHandleSeconds)} over the period, longest ${formatDay(longest.day)} at ${formatHandleTime(longest.averageHandleSeconds)}.`
              : "No answered calls in this period."
          }
        />
      </div>
    </section>
  );
}

type Day = Figures["days"][number];

/** The first day with the highest value; undefined for no days. */
function peakDay(days: Day[], value: (day: Day) => number): Day | undefined {
  return days.reduce<Day | undefined>((best, d) => (!best || value(d) > value(best) ? d : best), undefined);
}
