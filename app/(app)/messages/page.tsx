import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { listConversations } from "@/db/queries/messaging";
import { callerIdOf, numberOptions } from "@/db/queries/numbers";
import { can, needsMessage } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { messageFilters } from "@/lib/search-params";
import { formatDateTime, plural } from "@/lib/format";
import { formatPhone } from "@/lib/numbers/format";
import { Pager } from "@/components/pager";
import { SearchForm } from "../numbers/_components/search-form";
import { DeliveryBadge } from "./_components/delivery-badge";
import { NewConversationForm } from "./new-conversation-form";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/messages");
  const db = getDb();
  const { q, page, compose } = messageFilters.parse(await searchParams);
  const maySend = can(access, "messaging.send");
  const composing = maySend && compose === "1";
  const [result, numbers, ownNumberId] = await Promise.all([
    listConversations(db, access.orgId, { q, page }),
    maySend ? numberOptions(db, access.orgId) : [],
    composing ? callerIdOf(db, access.orgId, access.memberId) : null,
  ]);
  const link = (target: number) => `/messages?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <AppShell access={access} current="/messages">
      <PageHeader
        title="Messages"
        description={q ? `${plural(result.total, "conversation")} match.` : `${plural(result.total, "conversation")} with customers by SMS.`}
        actions={
          <>
            <Link href="/messages/templates" className={buttonClass("secondary")}>
              Templates
            </Link>
            {maySend && numbers.length > 0 && !composing && (
              <Link href="/messages?compose=1" className={buttonClass("primary")}>
                New message
              </Link>
            )}
          </>
        }
      />
      {!maySend ? (
        <p className="mb-4 text-sm text-slate-700">{needsMessage("messaging.send", "Texting customers", { quoted: true })}</p>
      ) : numbers.length === 0 ? (
        <p className="mb-4 text-sm text-slate-700">The organisation has no numbers to text from yet.</p>
      ) : (
        composing && (
          <section aria-labelledby="new-message-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex items-baseline justify-between gap-3">
              <h2 id="new-message-heading" className="font-semibold">
                New message
              </h2>
              <Link href="/messages" className="text-sm text-brand-700 underline underline-offset-2">
                Cancel
              </Link>
            </div>
            <NewConversationForm
              defaultNumberId={ownNumberId ?? undefined}
              numbers={numbers.map((n) => ({ id: n.id, label: n.label ? `${formatPhone(n.e164)} · ${n.label}` : formatPhone(n.e164) }))}
            />
          </section>
        )
      )}
      <SearchForm action="/messages" label="Search conversations" placeholder="Name, number or message text" q={q} />
      {result.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-sm text-slate-700">
          {q ? "No conversations match." : "No conversations yet."}
        </p>
      ) : (
        <ul aria-label="Conversations" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {result.rows.map((c) => (
            <li key={c.id} className="px-4 py-3 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <Link href={`/messages/${c.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {c.contactName || formatPhone(c.contactNumber)}
                </Link>
                <time dateTime={c.lastMessageAt.toISOString()} className="text-xs text-slate-700">
                  {formatDateTime(c.lastMessageAt)}
                </time>
              </div>
              {c.lastMessage && (
                <p className="mt-1 flex items-start gap-2 text-slate-800">
                  <span className="line-clamp-2 min-w-0 flex-1">
                    {c.lastMessage.direction === "outbound" && <span className="text-slate-700">You: </span>}
                    {c.lastMessage.body}
                  </span>
                  <DeliveryBadge status={c.lastMessage.status} />
                </p>
              )}
              <p className="mt-1 text-xs text-slate-700">
                {c.contactName ? `${formatPhone(c.contactNumber)} · ` : ""}
                {c.numberE164 ? `to ${c.numberLabel || formatPhone(c.numberE164)}` : "number no longer held"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={result.page} total={result.total} pageSize={result.pageSize} href={link} />
    </AppShell>
  );
}
