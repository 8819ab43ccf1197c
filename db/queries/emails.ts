import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { emails } from "@/db/schema";

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
