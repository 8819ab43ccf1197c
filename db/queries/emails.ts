import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { emails, members } from "@/db/schema";
import { uuidList } from "@/db/sql-lists";

/** One email, the same for each, to many members of the organisation: one statement, addresses read in PostgreSQL. */
export async function insertEmailsToMembers(
  db: Db,
  orgId: string,
  memberIds: readonly string[],
  email: { kind: string; data: unknown; subject: string; priority: number },
) {
  await db.execute(sql`
    insert into ${emails} (org_id, "to", kind, data, subject, priority)
    select ${orgId}, ${members.email}, ${email.kind}, ${JSON.stringify(email.data)}::jsonb, ${email.subject}, ${email.priority}
    from ${members} where ${and(eq(members.orgId, orgId), inArray(members.id, uuidList(memberIds)))}`);
}

// The local mailbox (outside production only) shows every organisation's mail, as a
// developer's catch-all inbox would: these two are deliberately org-less.

export function listLocalMailbox(db: Db, limit = 100) {
  return db
    .select({ id: emails.id, to: emails.to, subject: emails.subject, status: emails.status, createdAt: emails.createdAt })
    .from(emails)
    .orderBy(desc(emails.createdAt))
    .limit(limit);
}

export async function findLocalMailboxEmail(db: Db, emailId: string) {
  const [row] = await db.select().from(emails).where(eq(emails.id, emailId)).limit(1);
  return row ?? null;
}

const DELIVERY_PAGE_SIZE = 50;

/** The organisation's outbox for its Email delivery page, newest first, a page at a time. */
export async function listOrgEmails(db: Db, orgId: string, page = 1) {
  const current = Math.max(1, page);
  const where = eq(emails.orgId, orgId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: emails.id,
        to: emails.to,
        subject: emails.subject,
        kind: emails.kind,
        status: emails.status,
        attempts: emails.attempts,
        lastError: emails.lastError,
        createdAt: emails.createdAt,
        sentAt: emails.sentAt,
        nextAttemptAt: emails.nextAttemptAt,
      })
      .from(emails)
      .where(where)
      .orderBy(desc(emails.createdAt), desc(emails.id))
      .limit(DELIVERY_PAGE_SIZE)
      .offset((current - 1) * DELIVERY_PAGE_SIZE),
    db.select({ total: count() }).from(emails).where(where),
  ]);
  return { rows, total: total?.total ?? 0, page: current, pageSize: DELIVERY_PAGE_SIZE };
}
