import { and, asc, count, eq, gt, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { calls, members } from "../schema";

/** A half-open time window [since, until), optionally narrowed to one member's calls. */
export type CallWindow = { since: Date; until: Date; memberId?: string };

function windowWhere(orgId: string, window: CallWindow): SQL {
  return and(
    eq(calls.orgId, orgId),
    gte(calls.startedAt, window.since),
    lt(calls.startedAt, window.until),
    window.memberId ? eq(calls.memberId, window.memberId) : undefined,
  )!;
}

// Days are counted in UTC, as every date in the product is shown.
const day = sql<string>`to_char(${calls.startedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
const outcomeCount = (outcome: "answered" | "missed" | "voicemail") => sql<number>`count(*) filter (where ${calls.outcome} = ${outcome})`.mapWith(Number);

const figureColumns = {
  calls: count(),
  answered: outcomeCount("answered"),
  missed: outcomeCount("missed"),
  voicemail: outcomeCount("voicemail"),
  handleSeconds: sql<number>`coalesce(sum(${calls.handleSeconds}), 0)`.mapWith(Number),
};

/** Calls, outcomes and handle time per UTC day in the window; days without calls are absent. */
export async function dailyCallFigures(db: Db, orgId: string, window: CallWindow) {
  return db
    .select({ day, ...figureColumns })
    .from(calls)
    .where(windowWhere(orgId, window))
    .groupBy(day)
    .orderBy(day);
}

/** The same figures per member (memberId null: calls nobody took), busiest first. */
export async function callFiguresByMember(db: Db, orgId: string, window: CallWindow) {
  return db
    .select({ memberId: calls.memberId, name: members.name, status: members.status, ...figureColumns })
    .from(calls)
    .leftJoin(members, and(eq(members.id, calls.memberId), eq(members.orgId, orgId)))
    .where(windowWhere(orgId, window))
    .groupBy(calls.memberId, members.name, members.status)
    .orderBy(sql`count(*) desc`, asc(members.name));
}

export async function countCalls(db: Db, orgId: string, window: CallWindow): Promise<number> {
  const [row] = await db.select({ total: count() }).from(calls).where(windowWhere(orgId, window));
  return row?.total ?? 0;
}

export type CallCursor = { startedAt: Date; id: string };

/** One keyset page of calls in time order, after the cursor: exports read the window in batches. */
export async function callsPage(db: Db, orgId: string, window: CallWindow, after: CallCursor | null, limit: number) {
  const afterCursor = after ? or(gt(calls.startedAt, after.startedAt), and(eq(calls.startedAt, after.startedAt), gt(calls.id, after.id))) : undefined;
  return db
    .select({
      id: calls.id,
      startedAt: calls.startedAt,
      direction: calls.direction,
      outcome: calls.outcome,
      waitSeconds: calls.waitSeconds,
      handleSeconds: calls.handleSeconds,
      memberId: calls.memberId,
      memberName: members.name,
    })
    .from(calls)
    .leftJoin(members, and(eq(members.id, calls.memberId), eq(members.orgId, orgId)))
    .where(and(windowWhere(orgId, window), afterCursor))
    .orderBy(asc(calls.startedAt), asc(calls.id))
    .limit(limit);
}
