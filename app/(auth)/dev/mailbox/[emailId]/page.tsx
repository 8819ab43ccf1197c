import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findLocalMailboxEmail } from "@/db/queries/emails";
import { formatDateTime } from "@/lib/format";
import { usesLocalMailbox } from "@/lib/mail/config";

export const metadata: Metadata = { title: "Email", referrer: "no-referrer" };

const URL_PATTERN = /(https?:\/\/[^\s\]]+)/g;

/** The plain-text part, with its links clickable: what a developer needs to follow a reset or an invitation. */
function TextWithLinks({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="text-brand-700 underline underline-offset-2">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function LocalMailboxEmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  await connection();
  if (!usesLocalMailbox()) notFound();
  const id = z.uuid().safeParse((await params).emailId);
  const email = id.success ? await findLocalMailboxEmail(getDb(), id.data) : null;
  if (!email) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <p className="mb-2 text-sm">
        <Link href="/dev/mailbox" className="text-brand-700 underline underline-offset-2">
          ← Local mailbox
        </Link>
      </p>
      <h1 className="text-xl font-semibold">{email.subject}</h1>
      <p className="mt-1 text-sm text-slate-700">
        To {email.to} · {formatDateTime(email.createdAt)}
      </p>
      <pre className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm break-words whitespace-pre-wrap">
        {email.text ? <TextWithLinks text={email.text} /> : "Not sent yet: the worker renders and sends it within a second."}
      </pre>
    </main>
  );
}
