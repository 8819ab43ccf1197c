import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { Pager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { listAudit } from "@/db/queries/audit";
import { describeAudit } from "@/lib/audit/describe";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { z } from "zod";

export const metadata: Metadata = { title: "Audit log" };

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const access = await requirePage("/settings/audit-log");
  const page = pageParam.parse((await searchParams).page ?? 1);
  const result = await listAudit(getDb(), access.orgId, page);

  return (
    <AppShell access={access} current="/settings/audit-log">
      <PageHeader title="Audit log" description="Every change to roles and role assignments, newest first." />
      {result.rows.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing has been changed yet.</p>
      ) : (
        <ol aria-label="Audit events" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {result.rows.map((event) => {
            const { summary, details } = describeAudit(event);
            return (
              <li key={event.id} className="px-4 py-3 text-sm">
                <p>
                  <span className="font-medium">{event.actorName}</span> {summary}
                </p>
                {details.map((line) => (
                  <p key={line} className="mt-0.5 text-slate-700">
                    {line}
                  </p>
                ))}
                <p className="mt-1 text-xs text-slate-600">
                  <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(target) => `/settings/audit-log?page=${target}`}
        labels={{ previous: "Newer", next: "Older" }}
      />
    </AppShell>
  );
}
