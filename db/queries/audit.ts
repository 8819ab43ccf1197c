import { and, asc, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { auditEvents, members, organizations, roles, type AuditAction, type NewAuditEvent } from "../schema";
import { escapeLike } from "./members";

export async function recordAudit(db: Db, event: NewAuditEvent) {
  await db.insert(auditEvents).values(event);
}

export type AuditFilter = {
  actorId?: string;
  action?: AuditAction;
  targetId?: string;
  since?: Date;
  until?: Date;
  q?: string;
  /** Part of the actor's name (as recorded) or of a current member's email. */
  actorSearch?: string;
  /** Part of the target's name (as recorded) or of a current member's email. */
  targetSearch?: string;
};

/** The entry's name column contains the text, or its id is a member of the organisation whose email does. */
function nameOrEmail(orgId: string, name: AnyPgColumn, id: AnyPgColumn, text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  const byEmail = sql`${id} in (select ${members.id} from ${members} where ${members.orgId} = ${orgId} and ${members.email} ilike ${pattern})`;
  return or(ilike(name, pattern), byEmail)!;
}

function auditWhere(orgId: string, filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [eq(auditEvents.orgId, orgId)];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.actorSearch) conditions.push(nameOrEmail(orgId, auditEvents.actorName, auditEvents.actorId, filter.actorSearch));
  if (filter.targetSearch) conditions.push(nameOrEmail(orgId, auditEvents.targetName, auditEvents.targetId, filter.targetSearch));
  if (filter.since) conditions.push(gte(auditEvents.createdAt, filter.since));
  if (filter.until) conditions.push(lt(auditEvents.createdAt, filter.until));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(auditEvents.actorName, pattern), ilike(auditEvents.targetName, pattern), ilike(auditEvents.action, pattern))!);
  }
  return conditions;
}

/**
 * (created_at, id) of the entry `id` names, compared in the database to the microsecond: a
 * JavaScript Date would round the cursor. Another organisation's id matches no row, so nothing.
 */
function keyOf(db: Db, orgId: string, id: string) {
  const row = db
    .select({ createdAt: auditEvents.createdAt, id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.id, id)));
  return sql`(select created_at, id from (${row}) as cursor_row)`;
}

/** Newest first, keyset-paged: the `limit` entries older than `before` (or the newest), and one more to tell if there are older ones. */
export async function listAuditAfter(db: Db, orgId: string, filter: AuditFilter & { cursor?: string; limit: number }) {
  const conditions = auditWhere(orgId, filter);
  if (filter.cursor) conditions.push(sql`(${auditEvents.createdAt}, ${auditEvents.id}) < ${keyOf(db, orgId, filter.cursor)}`);
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(filter.limit + 1);
}

const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log page, newest first: older than `before`, newer than `after`, or the
 * newest; `newer`/`older` name the entries the neighbouring pages start from (null at an end).
 */
export async function listAuditPage(db: Db, orgId: string, filter: AuditFilter & { before?: string; after?: string; limit?: number }) {
  const limit = filter.limit ?? AUDIT_PAGE_SIZE;
  if (!filter.after) {
    const rows = await listAuditAfter(db, orgId, { ...filter, cursor: filter.before, limit });
    const page = rows.slice(0, limit);
    return { rows: page, newer: filter.before && page.length ? page[0].id : null, older: rows.length > limit ? page.at(-1)!.id : null };
  }
  const conditions = auditWhere(orgId, filter);
  conditions.push(sql`(${auditEvents.createdAt}, ${auditEvents.id}) > ${keyOf(db, orgId, filter.after)}`);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).reverse();
  return { rows: page, newer: rows.length > limit ? page[0].id : null, older: page.length ? page.at(-1)!.id : null };
}

/** What an id in the log's link names: a member or role now, else the name its latest entry recorded; null when nothing does. */
export async function auditSubjectName(db: Db, orgId: string, id: string): Promise<string | null> {
  const [member] = await db
    .select({ name: members.name })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, id)));
  if (member) return member.name;
  const [role] = await db
    .select({ name: roles.name })
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, id)));
  if (role) return role.name;
  const [entry] = await db
    .select({ actorId: auditEvents.actorId, actorName: auditEvents.actorName, targetName: auditEvents.targetName })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), or(eq(auditEvents.actorId, id), eq(auditEvents.targetId, id))))
    .orderBy(desc(auditEvents.createdAt))
    .limit(1);
  if (!entry) return null;
  return entry.actorId === id ? entry.actorName : entry.targetName;
}

/** Which of these target ids are still a role, or a member, of the organisation: what the log can link to. */
export async function existingTargets(db: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return { roles: new Set<string>(), members: new Set<string>() };
  const [roleRows, memberRows] = await Promise.all([
    db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.orgId, orgId), inArray(roles.id, ids))),
    db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.orgId, orgId), inArray(members.id, ids))),
  ]);
  return { roles: new Set(roleRows.map((r) => r.id)), members: new Set(memberRows.map((m) => m.id)) };
}

/**
 * Deletes the entries older than each organisation's retention: its setting (null: the plan's
 * default) but never longer than its plan's `caps` (null: forever), so a downgrade shortens a
 * longer choice. least() skips nulls; a null interval matches nothing. Returns how many.
 */
export async function deleteExpiredAudit(db: Db, now: Date, caps: Record<string, number | null>): Promise<number> {
  const cap = sql.join(
    Object.entries(caps).map(([plan, days]) => sql`when ${plan} then ${days}::int`),
    sql` `,
  );
  const deleted = await db
    .delete(auditEvents)
    .where(
      sql`exists (select 1 from ${organizations} o where o.id = ${auditEvents.orgId}
        and ${auditEvents.createdAt} < ${now.toISOString()}::timestamptz
          - make_interval(days => least(o.audit_retention_days, case o.plan::text ${cap} end)))`,
    )
    .returning({ id: auditEvents.id });
  return deleted.length;
}

export async function setAuditRetention(db: Db, orgId: string, days: number | null): Promise<boolean> {
  const changed = await db
    .update(organizations)
    .set({ auditRetentionDays: days })
    .where(and(eq(organizations.id, orgId), sql`${organizations.auditRetentionDays} is distinct from ${days}`))
    .returning({ id: organizations.id });
  return changed.length > 0;
}

export async function auditRetention(db: Db, orgId: string): Promise<number | null> {
  const [row] = await db.select({ days: organizations.auditRetentionDays }).from(organizations).where(eq(organizations.id, orgId));
  return row?.days ?? null;
}
