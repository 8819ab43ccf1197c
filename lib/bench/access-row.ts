// Where a request's access row comes from: the database, fresh, in every build. Only in a
// bench build's "stale" and "bypass" variants is it read once per member and trusted from
// then on, as apps that bake permissions into the session token do.
import { getDb } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { BenchVariant } from "./variant";

const remembered = new Map<string, AccessRow | null>();

/** A request's access row, with its session's: read fresh, except in the bench's stale and bypass variants. */
export function accessRowFor(variant: BenchVariant, session: Pick<SessionClaims, "memberId" | "sessionId">): Promise<AccessRow | null> {
  return variant === "stale" || variant === "bypass" ? staleAccessRow(session) : findAccessRow(getDb(), session.memberId, session.sessionId);
}

async function staleAccessRow({ memberId, sessionId }: Pick<SessionClaims, "memberId" | "sessionId">): Promise<AccessRow | null> {
  const key = `${memberId}:${sessionId}`;
  if (!remembered.has(key)) remembered.set(key, await findAccessRow(getDb(), memberId, sessionId));
  return remembered.get(key)!;
}
