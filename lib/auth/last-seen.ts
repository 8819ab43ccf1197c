// "Last seen" for the sessions list, without a write per request: the access query says
// whether a session's last-seen is older than a minute; such sessions are noted here and
// written together a few seconds later, off the request path.
import type { Db } from "@/db";
import { touchSessions } from "@/db/queries/member-sessions";
import { LAST_SEEN_EVERY_S } from "./session-policy";

const LAST_SEEN_FLUSH_MS = 5_000;

type Pending = { sessions: Map<Db, Set<string>>; timer?: ReturnType<typeof setTimeout> };

// On globalThis: the bundler may load this module more than once in one server process.
const store = globalThis as typeof globalThis & { __switchboardLastSeen?: Pending };
const pending: Pending = (store.__switchboardLastSeen ??= { sessions: new Map() });

/** Notes that a session was just used; written within a few seconds. */
export function noteSeen(db: Db, sessionId: string): void {
  let ids = pending.sessions.get(db);
  if (!ids) pending.sessions.set(db, (ids = new Set()));
  ids.add(sessionId);
  pending.timer ??= setTimeout(() => void flushSeen(), LAST_SEEN_FLUSH_MS);
  // Never keeps a process (a test run, a build) alive just to write last-seen times.
  pending.timer.unref?.();
}

/** Writes what is noted now. Last-seen is a hint: a failed write is dropped, never thrown. */
export async function flushSeen(): Promise<void> {
  if (pending.timer) clearTimeout(pending.timer);
  pending.timer = undefined;
  const batches = [...pending.sessions];
  pending.sessions.clear();
  for (const [db, ids] of batches) await touchSessions(db, [...ids], LAST_SEEN_EVERY_S).catch(() => undefined);
}
