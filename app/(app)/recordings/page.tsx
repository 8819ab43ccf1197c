import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { FlashBanner } from "@/components/flash-banner";
import { Pager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { Select } from "@/components/ui/select";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { listRecordings, recordingMembers } from "@/db/queries/recordings";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime, plural } from "@/lib/format";
import { parseRecordingFilters, recordingsHref } from "@/lib/recordings/filters";
import { formatDuration, recordingTitle, transcriptSnippet } from "@/lib/recordings/labels";

export const metadata: Metadata = { title: "Recordings" };

const input = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function RecordingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/recordings");
  const db = getDb();
  const params = await searchParams;
  const form = parseRecordingFilters(params);
  const [result, people] = await Promise.all([listRecordings(db, access.orgId, form.filter), recordingMembers(db, access.orgId)]);
  const filtered = Boolean(form.member || form.from || form.to || form.q);

  return (
    <AppShell access={access} current="/recordings">
      <PageHeader title="Recordings" description={`${plural(result.total, "recording")}${filtered ? " match" : ` in ${access.orgName}`}, newest first.`} />
      <FlashBanner path="/recordings" viewer={access} />
      <form role="search" aria-label="Filter recordings" action="/recordings" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-auto">
          <label htmlFor="recording-search" className="block text-sm font-medium">
            Search transcripts
          </label>
          <input
            id="recording-search"
            type="search"
            name="q"
            defaultValue={form.q}
            placeholder="Words said on the call"
            className={`${input} w-full sm:w-64`}
          />
        </div>
        <Select label="Member" name="member" defaultValue={form.member} className="max-w-[14rem]" options={people.map((p) => ({ value: p.id, label: p.name }))}>
          <option value="">Everyone</option>
        </Select>
        <div>
          <label htmlFor="recording-from" className="block text-sm font-medium">
            From
          </label>
          <input id="recording-from" type="date" name="from" defaultValue={form.from} className={input} />
        </div>
        <div>
          <label htmlFor="recording-to" className="block text-sm font-medium">
            To
          </label>
          <input
            id="recording-to"
            type="date"
            name="to"
            defaultValue={form.to}
            aria-invalid={form.rangeError ? true : undefined}
            aria-describedby={form.rangeError ? "recording-to-error" : undefined}
            className={`${input} ${form.rangeError ? "border-red-600" : ""}`}
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {filtered && (
          <Link href="/recordings" className="py-2 text-sm text-brand-700 underline underline-offset-2">
            Clear filters
          </Link>
        )}
        {form.rangeError && (
          <p id="recording-to-error" className="w-full text-sm text-red-700">
            {form.rangeError} Showing every date.
          </p>
        )}
      </form>
      <Table caption="Call recordings" width="min-w-[44rem]">
        <THead>
          <Th>Call</Th>
          <Th>Member</Th>
          <Th>Recorded</Th>
          <Th>Length</Th>
          <Th>Transcript</Th>
        </THead>
        <tbody>
          {result.rows.map((row) => (
            <Tr key={row.id} className="align-top">
              <Td>
                <Link href={`/recordings/${row.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {recordingTitle(row)}
                </Link>
              </Td>
              <Td>{row.memberName ?? "No member"}</Td>
              <Td className="whitespace-nowrap text-slate-700">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
              </Td>
              <Td className="tabular-nums">{formatDuration(row.durationSeconds)}</Td>
              <Td className="max-w-xs text-slate-700">
                <span className="line-clamp-2">{transcriptSnippet(row.transcript, form.q)}</span>
              </Td>
            </Tr>
          ))}
          {result.rows.length === 0 && <EmptyRow columns={5}>{filtered ? "No recordings match these filters." : "No calls have been recorded yet."}</EmptyRow>}
        </tbody>
      </Table>
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(target) => recordingsHref(form, target)}
        labels={{ previous: "Newer", next: "Older" }}
      />
    </AppShell>
  );
}
