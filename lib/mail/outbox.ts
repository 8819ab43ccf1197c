import type { ReactElement } from "react";
import { render } from "@react-email/components";
import type { Db } from "@/db";
import { emails } from "@/db/schema";

/** What a template returns (lib/mail/templates): rendered to HTML and plain text when queued. */
export type EmailMessage = { kind: string; subject: string; body: ReactElement };

/**
 * Queues an email inside the caller's transaction: it is sent only if that transaction commits,
 * and once queued an SMTP outage delays it but cannot lose it (lib/mail/worker.ts).
 */
export async function queueEmail(tx: Db, email: { orgId: string | null; to: string; message: EmailMessage }): Promise<string> {
  const [html, text] = await Promise.all([render(email.message.body), render(email.message.body, { plainText: true })]);
  const [row] = await tx
    .insert(emails)
    .values({ orgId: email.orgId, to: email.to, kind: email.message.kind, subject: email.message.subject, html, text })
    .returning({ id: emails.id });
  return row.id;
}
