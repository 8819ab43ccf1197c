import type { Db } from "@/db";
import { chunks } from "@/db/chunks";
import { emails, type NewEmail } from "@/db/schema";
import { contentOf, type EmailData, type EmailKind } from "./templates";

export type OutgoingEmail<K extends EmailKind = EmailKind> = { orgId: string | null; to: string; kind: K; data: EmailData<K> };

function rowOf(email: OutgoingEmail): NewEmail {
  const { subject } = contentOf(email.kind, email.data);
  return { orgId: email.orgId, to: email.to, kind: email.kind, data: email.data as Record<string, unknown>, subject };
}

/**
 * Queues emails inside the caller's transaction: they are sent only if it commits, and once
 * queued an SMTP outage delays them but cannot lose them (lib/mail/worker.ts).
 */
export async function queueEmails(tx: Db, list: readonly OutgoingEmail[]): Promise<void> {
  for (const slice of chunks(list)) await tx.insert(emails).values(slice.map(rowOf));
}

export async function queueEmail<K extends EmailKind>(tx: Db, email: OutgoingEmail<K>): Promise<string> {
  const [row] = await tx
    .insert(emails)
    .values(rowOf(email as OutgoingEmail))
    .returning({ id: emails.id });
  return row.id;
}
