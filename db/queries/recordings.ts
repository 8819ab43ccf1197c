import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { calls, members, recordings } from "../schema";
import { escapeLike } from "./members";

const RECORDINGS_PAGE_SIZE = 25;

export type RecordingFilter = {
  memberId?: string;
  /** Recorded at or after. */
  from?: Date;
  /** Recorded before. */
  until?: Date;
  /** Words to find in the transcript's text. */
  q?: string;
  page?: number;
};

function recordingWhere(orgId: string, filter: RecordingFilter): SQL {
  const q = filter.q?.trim();
  return and(
    eq(recordings.orgId, orgId),
    filter.memberId ? eq(recordings.memberId, filter.memberId) : undefined,
    filter.from ? gte(recordings.createdAt, filter.from) : undefined,
    filter.until ? lt(recordings.createdAt, filter.until) : undefined,
    // The spoken text only, not the JSON keys around it.
    q ? sql`exists (select 1 from jsonb_array_elements(${recordings.transcript}) as line where line->>'text' ilike ${`%${escapeLike(q)}%`})` : undefined,
  )!;
}

// Never the audio: lists and pages read metadata, only the audio handlers read the bytes.
const summary = {
  id: recordings.id,
  callId: recordings.callId,
  createdAt: recordings.createdAt,
  durationSeconds: recordings.durationSeconds,
  mimeType: recordings.mimeType,
  transcript: recordings.transcript,
  memberId: recordings.memberId,
  memberName: members.name,
  direction: calls.direction,
  counterpart: calls.counterpart,
  callStartedAt: calls.startedAt,
};

const joined = (db: Db, orgId: string) =>
  db
    .select(summary)
    .from(recordings)
    .innerJoin(calls, and(eq(calls.id, recordings.callId), eq(calls.orgId, orgId)))
    .leftJoin(members, and(eq(members.id, recordings.memberId), eq(members.orgId, orgId)));

/** One page of the organisation's recordings, newest first, with the total that matches. */
export async function listRecordings(db: Db, orgId: string, filter: RecordingFilter) {
  const where = recordingWhere(orgId, filter);
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [total]] = await Promise.all([
    joined(db, orgId)
      .where(where)
      .orderBy(desc(recordings.createdAt), desc(recordings.id))
      .limit(RECORDINGS_PAGE_SIZE)
      .offset((page - 1) * RECORDINGS_PAGE_SIZE),
    db.select({ total: count() }).from(recordings).where(where),
  ]);
  return { rows, total: total?.total ?? 0, page, pageSize: RECORDINGS_PAGE_SIZE };
}

export async function findRecording(db: Db, orgId: string, recordingId: string) {
  const [row] = await joined(db, orgId)
    .where(and(eq(recordings.orgId, orgId), eq(recordings.id, recordingId)))
    .limit(1);
  return row ?? null;
}

export async function findRecordingAudio(db: Db, orgId: string, recordingId: string) {
  const [row] = await db
    .select({
      id: recordings.id,
      audio: recordings.audio,
      mimeType: recordings.mimeType,
      transcript: recordings.transcript,
      durationSeconds: recordings.durationSeconds,
    })
    .from(recordings)
    .where(and(eq(recordings.orgId, orgId), eq(recordings.id, recordingId)))
    .limit(1);
  return row ?? null;
}

/** Keeps audio synthesised on first play; a recording that has audio keeps its own. */
export async function storeRecordingAudio(db: Db, orgId: string, recordingId: string, audio: Buffer) {
  await db
    .update(recordings)
    .set({ audio })
    .where(and(eq(recordings.orgId, orgId), eq(recordings.id, recordingId), isNull(recordings.audio)));
}

/** Members with at least one recording, for the list's filter. */
export async function recordingMembers(db: Db, orgId: string) {
  return db
    .selectDistinct({ id: members.id, name: members.name })
    .from(recordings)
    .innerJoin(members, and(eq(members.id, recordings.memberId), eq(members.orgId, orgId)))
    .where(eq(recordings.orgId, orgId))
    .orderBy(asc(members.name), asc(members.id));
}

/** Deletes and returns the id, or null when the organisation has no such recording. */
export async function deleteRecordingRow(db: Db, orgId: string, recordingId: string) {
  const [row] = await db
    .delete(recordings)
    .where(and(eq(recordings.orgId, orgId), eq(recordings.id, recordingId)))
    .returning({ id: recordings.id });
  return row ?? null;
}
