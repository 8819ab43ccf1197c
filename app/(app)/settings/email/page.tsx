import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { Pager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { listOrgEmails } from "@/db/queries/emails";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { EMAIL_KIND_LABELS } from "@/lib/mail/templates";
import { z } from "zod";

export const metadata: Metadata = { title: "Email delivery" };

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

type Row = Awaited<ReturnType<typeof listOrgEmails>>["rows"][number];

function Status({ email }: { email: Row }) {
  if (email.status === "sent") return <Badge tone="success">Sent</Badge>;
  if (email.status === "failed") return <Badge tone="danger">Failed</Badge>;
  return email.attempts > 0 ? <Badge tone="warning">Retrying</Badge> : <Badge>Queued</Badge>;
}

const time = (value: Date) => <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;

export default async function EmailDeliveryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const access = await requirePage("/settings/email");
  const page = pageParam.parse((await searchParams).page ?? 1);
  const result = await listOrgEmails(getDb(), access.orgId, page);

  return (
    <AppShell access={access} current="/settings/email">
      <PageHeader
        title="Email delivery"
        description="Every email Switchboard sent or is sending for your organisation, newest first. One that fails is tried again for about 10 hours before it is marked failed."
      />
      {result.rows.length === 0 ? (
        <p className="text-sm text-slate-700">No email has been sent yet.</p>
      ) : (
        <div tabIndex={0} role="region" aria-label="Emails, scrollable" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Emails</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {["To", "Subject", "Kind", "Status", "Attempts", "Last error", "Time"].map((heading) => (
                  <th key={heading} scope="col" className="px-4 py-2 font-medium">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((email) => (
                <tr key={email.id} className="border-t border-slate-100 align-top">
                  <td className="break-all px-4 py-2">{email.to}</td>
                  <td className="px-4 py-2">{email.subject}</td>
                  <td className="px-4 py-2 text-slate-700">{EMAIL_KIND_LABELS[email.kind as keyof typeof EMAIL_KIND_LABELS] ?? email.kind}</td>
                  <td className="px-4 py-2">
                    <Status email={email} />
                  </td>
                  <td className="px-4 py-2 tabular-nums">{email.attempts}</td>
                  <td className="max-w-[16rem] break-words px-4 py-2 text-slate-700">{email.lastError ?? "—"}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-700">
                    <p>Queued {time(email.createdAt)}</p>
                    {email.sentAt && <p>Sent {time(email.sentAt)}</p>}
                    {email.status === "queued" && email.attempts > 0 && <p>Next try {time(email.nextAttemptAt)}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(target) => `/settings/email?page=${target}`}
        labels={{ previous: "Newer", next: "Older" }}
      />
    </AppShell>
  );
}
