import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { exportLock, individualStatsLock, teamStatsLock } from "@/lib/analytics/capabilities";
import { loadDashboard } from "@/lib/analytics/dashboard";
import { exportHref } from "@/lib/analytics/export-link";
import { formatDay } from "@/lib/analytics/format";
import { PERIODS, periodOrDefault } from "@/lib/analytics/period";
import { requirePage } from "@/lib/authz/session";
import { ExportReport } from "./_components/export-report";
import { FiguresSection } from "./_components/figures-section";
import { MemberTable } from "./_components/member-table";

export const metadata: Metadata = { title: "Analytics" };

function Locked({ children }: { children: React.ReactNode }) {
  return <p className="mb-8 rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">{children}</p>;
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const access = await requirePage("/analytics");
  const period = periodOrDefault((await searchParams).period);
  const dashboard = await loadDashboard(getDb(), access, period);
  const { range } = dashboard;
  const periodLabel = `last ${period} days`;
  const exportReason = exportLock(access);
  const teamReason = teamStatsLock(access);
  const membersReason = individualStatsLock(access);

  return (
    <AppShell access={access} current="/analytics">
      <PageHeader
        title="Analytics"
        description={`Calls from ${formatDay(range.dayKeys[0])} to ${formatDay(range.dayKeys.at(-1)!)} (UTC days).`}
        actions={
          exportReason ? (
            <div className="flex flex-col items-start gap-1 sm:items-end">
              <Button variant="secondary" disabled aria-describedby="export-reason">
                Export CSV
              </Button>
              <p id="export-reason" className="text-xs text-slate-700">
                {exportReason}
              </p>
            </div>
          ) : (
            <ExportReport href={exportHref(period)} periodLabel={periodLabel} />
          )
        }
      />
      <nav aria-label="Period" className="mb-6 inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
        {PERIODS.map((days) => (
          <Link
            key={days}
            href={`/analytics?period=${days}`}
            aria-current={days === period ? "page" : undefined}
            className={`rounded px-3 py-1.5 ${days === period ? "bg-brand-600 font-medium text-white" : "text-slate-800 hover:bg-slate-100"}`}
          >
            Last {days} days
          </Link>
        ))}
      </nav>

      <FiguresSection id="your-figures" title="Your figures" description="Calls you made or took." figures={dashboard.own} />

      {dashboard.team ? (
        <FiguresSection
          id="team-figures"
          title={`${access.orgName} totals`}
          description="Every call in the organisation, including calls nobody answered."
          figures={dashboard.team}
        />
      ) : (
        <Locked>{teamReason}</Locked>
      )}

      {dashboard.members ? <MemberTable rows={dashboard.members} /> : <Locked>{membersReason}</Locked>}
    </AppShell>
  );
}
