// The claim both outboxes (emails, webhook deliveries) send from: any number of servers may run
// their worker at once. Due rows are claimed with FOR UPDATE SKIP LOCKED and a lease, each claim
// counts one more attempt, and an outcome is written only where the attempt is still the claimer's
// (a worker whose lease ran out cannot overwrite the one that took the row over).
import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";

type OutboxTable = PgTable & { id: PgColumn; status: PgColumn; nextAttemptAt: PgColumn; lockedUntil: PgColumn; attempts: PgColumn };

type ClaimOptions = {
  now: Date;
  leaseMs: number;
  limit: number;
  /** Only rows this also holds for (e.g. their endpoint is on). */
  where?: SQL;
  /** Which due rows go first; the soonest due by default. */
  orderBy?: (PgColumn | SQL)[];
};

/** Claims up to `limit` queued rows that are due and not leased: a lease until now + leaseMs, and one more attempt. */
export async function claimLeased<T extends OutboxTable>(db: Db, table: T, options: ClaimOptions): Promise<T["$inferSelect"][]> {
  const { now, leaseMs, limit } = options;
  // Drizzle's builders cannot infer through a generic table: work on it as a plain table.
  const source: PgTable = table;
  const due = db
    .select({ id: table.id })
    .from(source)
    .where(and(eq(table.status, "queued"), lte(table.nextAttemptAt, now), or(isNull(table.lockedUntil), lte(table.lockedUntil, now)), options.where))
    .orderBy(...(options.orderBy ?? [asc(table.nextAttemptAt)]))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(source)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${table.attempts} + 1` })
    .where(inArray(table.id, due))
    .returning();
  return claimed;
}

/** The row as this claim left it: its id and the attempt the claim counted. */
export const heldByClaim = <T extends OutboxTable>(table: T, row: { id: string; attempts: number }) =>
  and(eq(table.id, row.id), eq(table.attempts, row.attempts));
