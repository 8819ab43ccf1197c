import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listLocalMailbox } from "@/db/queries/emails";
import { formatDateTime } from "@/lib/format";
import { usesLocalMailbox } from "@/lib/mail/config";

export const metadata: Metadata = { title: "Local mailbox", referrer: "no-referrer" };

// Public like the sign-in page (a password reset is read while signed out), and present only
// while mail is kept locally: outside production without SMTP_URL (lib/mail/config.ts).
export default async function LocalMailboxPage() {
  await connection();
  if (!usesLocalMailbox()) notFound();
  const rows = await listLocalMailbox(getDb());
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-xl font-semibold">Local mailbox</h1>
      <p className="mt-1 text-sm text-slate-700">
        SMTP_URL is not set, so Switchboard keeps the email it sends here instead. This page does not exist in production.
      </p>
      {rows.length === 0 ? (
        <p className="mt-6 text-sm">No email yet.</p>
      ) : (
        <ul aria-label="Emails" className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              <Link href={`/dev/mailbox/${row.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                {row.subject}
              </Link>
              <p className="text-slate-700">
                To {row.to} · {formatDateTime(row.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
