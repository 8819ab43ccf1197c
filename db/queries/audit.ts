import { and, count, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, type NewAuditEvent } from "../schema";

const AUDIT_PAGE_SIZE = 50;

export async function recordAudit(db: Db, event: NewAuditEvent) {
  await db.insert(auditEvents).values(event);
}

export async function listAudit(db: Db, orgId: string, page = 1) {
  const current = Math.max(1, page);
  const where = eq(auditEvents.orgId, orgId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((current - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditEvents).where(and(where)),
  ]);
  return { rows, total: total?.total ?? 0, page: current, pageSize: AUDIT_PAGE_SIZE };
}
