import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, type AuditAction, type NewAuditEvent } from "../schema";

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

export type AuditFilter = { actorId?: string; action?: AuditAction; targetId?: string; since?: Date; until?: Date; cursor?: string; limit: number };

/** The public API's audit log: newest first, keyset-paged after the event `cursor` names. */
export async function listAuditAfter(db: Db, orgId: string, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.orgId, orgId)];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.since) conditions.push(gte(auditEvents.createdAt, filter.since));
  if (filter.until) conditions.push(lt(auditEvents.createdAt, filter.until));
  if (filter.cursor) {
    // Compared in the database, to the microsecond: a JavaScript Date would round the cursor.
    const before = db
      .select({ createdAt: auditEvents.createdAt, id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.id, filter.cursor)));
    conditions.push(sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (select created_at, id from (${before}) as cursor_row)`);
  }
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(filter.limit + 1);
}
