import type { Figures } from "@/lib/analytics/dashboard";
import { formatCount, formatDay, formatHandleTime, formatPercent } from "@/lib/analytics/format";
import { Chart } from "./chart";

type Props = { id: string; title: string; description: string; figures: Figures };

/** Headline figures and the three daily charts for one scope (you, or the organisation). */
export function FiguresSection({ id, title, description, figures }: Props) {
  const busiest = figures.days.reduce((best, d) => (d.calls > best.calls ? d : best), figures.days[0]);
  const mostMissed = figures.days.reduce((best, d) => (d.missed > best.missed ? d : best), figures.days[0]);
  const answeredDays = figures.days.filter((d) => d.answered > 0);
  const longest = answeredDays.reduce((best, d) => (d.averageHandleSeconds > best.averageHandleSeconds ? d : best), answeredDays[0]);
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
        <Chart
          title="Calls"
          kind="bar"
          color="text-brand-600"
          format={formatCount}
          points={figures.days.map((d) => ({ day: d.day, value: d.calls }))}
          summary={
            figures.calls
              ? `${formatCount(figures.calls)} in total, busiest ${formatDay(busiest.day)} with ${formatCount(busiest.calls)}.`
              : "No calls in this period."
          }
        />
        <Chart
          title="Missed calls"
          kind="bar"
          color="text-red-700"
          format={formatCount}
          points={figures.days.map((d) => ({ day: d.day, value: d.missed }))}
          summary={
            figures.missed
              ? `${formatCount(figures.missed)} in total, most on ${formatDay(mostMissed.day)} with ${formatCount(mostMissed.missed)}.`
              : "No missed calls in this period."
          }
        />
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
