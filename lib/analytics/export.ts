// The calls export: exactly the calls whose figures the member may see, read in keyset
// batches and streamed, so a long period never sits in memory as one string.
import type { Db } from "@/db";
import { callsPage, countCalls, type CallCursor, type CallWindow } from "@/db/queries/calls";
import { can, type Access } from "@/lib/authz/check";
import { csvRow } from "@/lib/csv";
import type { PeriodRange } from "./period";

const EXPORT_BATCH_SIZE = 500;

const EXPORT_COLUMNS = ["Started at (UTC)", "Direction", "Outcome", "Member", "Wait (seconds)", "Handle time (seconds)"];

const OTHER_MEMBER = "Another member";
const NO_MEMBER = "No member";

/**
 * Own calls only, unless a stats permission shows more: team-wide stats add everyone's calls
 * without naming who took them, individual stats name each member.
 */
function exportScope(access: Access): { window: Omit<CallWindow, "since" | "until">; namesEveryone: boolean } {
  const everyone = can(access, "analytics.teamStats") || can(access, "analytics.individualStats");
  return {
    window: everyone ? {} : { memberId: access.memberId },
    namesEveryone: can(access, "analytics.individualStats"),
  };
}

export async function countExportRows(db: Db, access: Access, range: PeriodRange): Promise<number> {
  return countCalls(db, access.orgId, { since: range.since, until: range.until, ...exportScope(access).window });
}

export function exportFileName(access: Access, range: PeriodRange): string {
  const slug =
    access.orgName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "calls";
  return `${slug}-calls-${range.dayKeys[0]}-to-${range.dayKeys.at(-1)}.csv`;
}

/** The CSV as a byte stream: the header, then one keyset batch of calls per pull. */
export function exportStream(db: Db, access: Access, range: PeriodRange, batchSize = EXPORT_BATCH_SIZE): ReadableStream<Uint8Array> {
  const { window, namesEveryone } = exportScope(access);
  const callWindow = { since: range.since, until: range.until, ...window };
  const encoder = new TextEncoder();
  let cursor: CallCursor | null = null;
  let started = false;
  const memberLabel = (memberId: string | null, name: string | null) => {
    if (memberId === access.memberId) return access.name;
    if (!memberId) return NO_MEMBER;
    return namesEveryone ? (name ?? NO_MEMBER) : OTHER_MEMBER;
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // A byte-order mark so spreadsheets read the names as UTF-8.
      let text = started ? "" : `\uFEFF${csvRow(EXPORT_COLUMNS)}`;
      started = true;
      const rows = await callsPage(db, access.orgId, callWindow, cursor, batchSize);
      for (const row of rows) {
        text += csvRow([
          row.startedAt.toISOString(),
          row.direction,
          row.outcome,
          memberLabel(row.memberId, row.memberName),
          row.waitSeconds,
          row.handleSeconds,
        ]);
      }
      if (text) controller.enqueue(encoder.encode(text));
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) controller.close();
      else cursor = { startedAt: last.startedAt, id: last.id };
    },
  });
}
