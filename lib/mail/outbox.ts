import type { Db } from "@/db";
import { chunks } from "@/db/chunks";
import { insertEmailsToMembers } from "@/db/queries/emails";
import { emails, type NewEmail } from "@/db/schema";
import { contentOf, priorityOf, type EmailData, type EmailKind } from "./templates";

export type OutgoingEmail<K extends EmailKind = EmailKind> = { orgId: string | null; to: string; kind: K; data: EmailData<K> };

/** Any kind's email, each with its own data: what a change that tells many people queues. */
export type AnyOutgoingEmail = { [K in EmailKind]: OutgoingEmail<K> }[EmailKind];

function rowOf(email: OutgoingEmail): NewEmail {
  const { subject } = contentOf(email.kind, email.data);
  return { orgId: email.orgId, to: email.to, kind: email.kind, data: email.data, subject, priority: priorityOf(email.kind) };
}

/**
 * Queues an email inside the caller's transaction: it is sent only if that commits, and once
 * queued an SMTP outage delays it but cannot lose it (lib/mail/worker.ts).
 */
export async function queueEmail<K extends EmailKind>(tx: Db, email: OutgoingEmail<K>): Promise<string> {
  const [row] = await tx
    .insert(emails)
    .values(rowOf(email as OutgoingEmail))
    .returning({ id: emails.id });
  return row.id;
}

/** queueEmail for many at once: one insert per thousand, so telling 10,000 members is ten statements. */
export async function queueEmails(tx: Db, list: readonly AnyOutgoingEmail[]): Promise<void> {
  for (const slice of chunks(list.map((email) => rowOf(email as OutgoingEmail)))) await tx.insert(emails).values(slice);
}

/** The same email to many members of the organisation (their addresses read in PostgreSQL): one statement. */
export async function queueEmailToMembers<K extends EmailKind>(tx: Db, orgId: string, memberIds: readonly string[], email: { kind: K; data: EmailData<K> }) {
  if (!memberIds.length) return;
  const { subject } = contentOf(email.kind, email.data);
  await insertEmailsToMembers(tx, orgId, memberIds, { kind: email.kind, data: email.data, subject, priority: priorityOf(email.kind) });
}
