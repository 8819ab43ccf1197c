import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { findConversation, listTemplates, listThread, THREAD_LIMIT } from "@/db/queries/messaging";
import { can, needsMessage } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { refreshDeliveryStatus } from "@/lib/messaging/send";
import { formatPhone } from "@/lib/numbers/format";
import { DeliveryBadge } from "../_components/delivery-badge";
import { ReplyForm } from "./reply-form";
import { StatusPoll } from "./status-poll";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const access = await requirePage("/messages/[conversationId]");
  const db = getDb();
  const id = parseId((await params).conversationId);
  const conversation = id ? await findConversation(db, access.orgId, id) : null;
  if (!conversation) notFound();
  // Reading the thread collects the carrier's latest delivery reports first.
  const readAt = new Date();
  const waiting = await refreshDeliveryStatus(db, access.orgId, conversation, undefined, readAt);
  const maySend = can(access, "messaging.send");
  const [thread, templates] = await Promise.all([listThread(db, access.orgId, conversation.id), maySend ? listTemplates(db, access.orgId) : []]);
  const contact = conversation.contactName || formatPhone(conversation.contactNumber);
  const line = conversation.numberE164 ? `${formatPhone(conversation.numberE164)}${conversation.numberLabel ? ` (${conversation.numberLabel})` : ""}` : null;

  return (
    <AppShell access={access} current="/messages/[conversationId]">
      <PageHeader
        back={{ href: "/messages", label: "Messages" }}
        title={contact}
        description={`${conversation.contactName ? `${formatPhone(conversation.contactNumber)} · ` : ""}${line ? `texting ${line}` : "on a number the organisation no longer holds"}`}
      />
      {thread.length === THREAD_LIMIT && <p className="mb-3 text-sm text-slate-700">Showing the latest {THREAD_LIMIT} messages.</p>}
      <ol aria-label="Messages" className="space-y-3">
        {thread.map((m) => {
          const outbound = m.direction === "outbound";
          return (
            <li key={m.id} className={`flex ${outbound ? "justify-end" : "justify-start"}`}>
              <div
                className={`max-w-[85%] rounded-lg px-3 py-2 text-sm sm:max-w-[70%] ${outbound ? "bg-brand-50 ring-1 ring-indigo-200" : "bg-white ring-1 ring-slate-200"}`}
              >
                <p className="sr-only">{outbound ? `Sent by ${m.sentByName ?? "a former member"}:` : `From ${contact}:`}</p>
                <p className="whitespace-pre-line break-words text-slate-900">{m.body}</p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-700">
                  {outbound && <span aria-hidden="true">{m.sentByName ?? "Former member"}</span>}
                  <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
                  <DeliveryBadge status={m.status} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <StatusPoll active={waiting} readAt={readAt.getTime()} />
      <section aria-labelledby="reply-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="reply-heading" className="font-semibold">
          Reply
        </h2>
        {!maySend ? (
          <p className="mt-1 text-sm text-slate-700">{needsMessage("messaging.send", "Replying", { quoted: true })}</p>
        ) : !line ? (
          <p className="mt-1 text-sm text-slate-700">The number this conversation ran on is no longer the organisation's, so replies can't be sent from it.</p>
        ) : (
          <ReplyForm
            conversationId={conversation.id}
            contactName={conversation.contactName}
            from={line}
            templates={templates.map((t) => ({ id: t.id, name: t.name, body: t.body }))}
          />
        )}
      </section>
    </AppShell>
  );
}
