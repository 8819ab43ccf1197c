import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { LiveSearchForm } from "@/components/live-search-form";
import { CursorPager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { Select } from "@/components/ui/select";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { auditSubjectName, existingTargets, listAuditPage } from "@/db/queries/audit";
import { AUDIT_ACTIONS } from "@/db/schema/audit";
import { describeAudit } from "@/lib/audit/describe";
import { auditFilter, filterParams, hasFilters, parseAuditView } from "@/lib/audit/filters";
import { actionLabel, auditLinks } from "@/lib/audit/links";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { listHref } from "@/lib/search-params";

import { RetentionSection } from "./_components/retention-section";

export const metadata: Metadata = { title: "Audit log" };

const PAGE = "/settings/audit-log";
const inputClass = "mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/settings/audit-log");
  const db = getDb();
  const { view, problems } = parseAuditView(await searchParams);
  const [result, actorName, targetName] = await Promise.all([
    listAuditPage(db, access.orgId, { ...auditFilter(view), before: view.before, after: view.after }),
    view.actor ? auditSubjectName(db, access.orgId, view.actor) : null,
    view.target ? auditSubjectName(db, access.orgId, view.target) : null,
  ]);
  const existing = await existingTargets(db, access.orgId, [
    ...new Set(result.rows.flatMap((e) => [e.targetId, e.actorId]).filter((id): id is string => Boolean(id))),
  ]);
  const filters = filterParams(view);
  // A link's exact actor or target, kept by the form and removable; the searches below scale to any team.
  const exact: { name: "actor" | "target"; id: string; text: string }[] = [];
  if (view.actor) exact.push({ name: "actor", id: view.actor, text: `Changes by ${actorName ?? "someone no longer named in this log"}` });
  if (view.target) exact.push({ name: "target", id: view.target, text: `Changes to ${targetName ?? "something no longer named in this log"}` });

  return (
    <AppShell access={access} current={PAGE}>
      <PageHeader
        title="Audit log"
        description={`Every change made in ${access.orgName}: roles, members, numbers, call flows, integrations, billing and security, newest first.`}
        actions={
          <a href={listHref(`${PAGE}/export`, filters)} className={buttonClass("secondary")} download>
            Export CSV
          </a>
        }
      />
      {problems.length > 0 && (
        <div role="alert" aria-label="Problems with this link" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <LiveSearchForm label="Filter the audit log" action={PAGE} className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-search" className="block text-sm font-medium">
            Search
          </label>
          <input id="audit-search" type="search" name="q" defaultValue={view.q} placeholder="Name or change" className={`${inputClass} w-56 max-w-full`} />
        </div>
        <div>
          <label htmlFor="audit-by" className="block text-sm font-medium">
            Actor
          </label>
          <input id="audit-by" type="search" name="by" defaultValue={view.by} placeholder="Name or email" className={`${inputClass} w-48 max-w-full`} />
        </div>
        <Select label="Action" name="action" defaultValue={view.action ?? ""} options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}>
          <option value="">Any change</option>
        </Select>
        <div>
          <label htmlFor="audit-about" className="block text-sm font-medium">
            Target
          </label>
          <input
            id="audit-about"
            type="search"
            name="about"
            defaultValue={view.about}
            placeholder="Role, member or email"
            className={`${inputClass} w-48 max-w-full`}
          />
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium">
            From (UTC)
          </label>
          <input id="audit-from" type="date" name="from" defaultValue={view.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium">
            To (UTC)
          </label>
          <input id="audit-to" type="date" name="to" defaultValue={view.to} className={inputClass} />
        </div>
        {exact.map((chip) => (
          <p key={chip.name} className="py-2 text-sm">
            <input type="hidden" name={chip.name} value={chip.id} />
            {chip.text}{" "}
            <Link href={listHref(PAGE, { ...filters, [chip.name]: undefined })} className="text-brand-700 underline underline-offset-2">
              Remove
              <span className="sr-only"> the {chip.name} filter</span>
            </Link>
          </p>
        ))}
        {hasFilters(view) && (
          <Link href={PAGE} className="py-2 text-sm text-brand-700 underline underline-offset-2">
            Clear
          </Link>
        )}
      </LiveSearchForm>
      <Table caption="Audit events" stack>
        <THead>
          <Th>Change</Th>
          <Th>When</Th>
          <Th>Links</Th>
        </THead>
        <tbody>
          {result.rows.map((event) => {
            const { summary, details } = describeAudit(event);
            const links = auditLinks(event, existing);
            return (
              <Tr key={event.id}>
                <Td className="wrap-anywhere">
                  <p>
                    {event.actorId && existing.members.has(event.actorId) ? (
                      <Link href={`/settings/team/${event.actorId}`} className="font-medium text-brand-700 underline underline-offset-2">
                        {event.actorName}
                      </Link>
                    ) : (
                      <span className="font-medium">{event.actorName}</span>
                    )}{" "}
                    {summary}
                  </p>
                  {details.map((line) => (
                    <p key={line} className="mt-0.5 text-slate-700">
                      {line}
                    </p>
                  ))}
                </Td>
                <Td label="When" className="whitespace-nowrap text-slate-700">
                  <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                </Td>
                <Td label="Links" className="wrap-anywhere">
                  {links.map((link) => (
                    <Link key={link.href} href={link.href} className="mr-3 text-brand-700 underline underline-offset-2">
                      {link.label}
                    </Link>
                  ))}
                </Td>
              </Tr>
            );
          })}
          {result.rows.length === 0 && <EmptyRow columns={3}>{hasFilters(view) ? "No changes match." : "Nothing has been changed yet."}</EmptyRow>}
        </tbody>
      </Table>
      <CursorPager
        previous={result.newer ? listHref(PAGE, { ...filters, after: result.newer }) : null}
        next={result.older ? listHref(PAGE, { ...filters, before: result.older }) : null}
        labels={{ previous: "Newer", next: "Older" }}
      />
      <RetentionSection access={access} />
    </AppShell>
  );
}
