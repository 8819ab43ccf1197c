// How a request reads its access: fresh from the database, always. This module is the one seam
// `npm run bench` needs: its build (SWITCHBOARD_BENCH_BUILD=1) swaps in lib/bench/request-variant.ts
// through a resolve alias in next.config.ts, so no other build contains a switch.
import { getDb } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import { readSession, type SessionClaims, type SessionToken } from "@/lib/auth/session-token";

/** What the proxy and pages do for this request; only the bench build knows more than "full". */
export type RequestVariant = "full" | "bypass" | "stale" | "noop-proxy" | "no-handoff" | "no-session-cache";

export function requestVariant(headers: Headers): RequestVariant;
export function requestVariant(): RequestVariant {
  return "full";
}

/** A request's access row with its session's, read fresh. */
export function accessRowFor(_variant: RequestVariant, session: Pick<SessionClaims, "memberId" | "sessionId">): Promise<AccessRow | null> {
  return findAccessRow(getDb(), session.memberId, session.sessionId);
}

/** The request's session, from its cookie (decoded cookies cached: lib/auth/session-token.ts). */
export function sessionFor(_variant: RequestVariant, headers: Headers): Promise<SessionToken | null> {
  return readSession(headers);
}

/** Whether the page takes the access row the proxy read for this request (lib/authz/handoff.ts). */
export function usesHandoff(_variant: RequestVariant): boolean {
  return true;
}
