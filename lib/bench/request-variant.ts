// The bench build's lib/authz/request-variant.ts (next.config.ts aliases it in that build only):
// the variants `npm run bench` compares side by side in one build, chosen per request by header.
// full: the product as shipped. bypass: no proxy work, and the access row read once per member
// and trusted (pages still run their in-memory checks on it). stale: permissions trusted from the
// first read (no database read after it), as apps that bake permissions into the session token
// do. noop-proxy: the proxy returns at once; pages check as usual. no-handoff: the page reads the
// access row again instead of taking the proxy's. no-session-cache: every read decodes the cookie.
import { getDb } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import { readSession, type SessionClaims, type SessionToken } from "@/lib/auth/session-token";
import type { RequestVariant } from "@/lib/authz/request-variant";
import { BENCH_VARIANT_HEADER } from "./header";

export type { RequestVariant };

const VARIANTS: readonly string[] = ["bypass", "stale", "noop-proxy", "no-handoff", "no-session-cache"] satisfies RequestVariant[];

export function requestVariant(headers: Headers): RequestVariant {
  const value = headers.get(BENCH_VARIANT_HEADER) ?? "full";
  return VARIANTS.includes(value) ? (value as RequestVariant) : "full";
}

export function sessionFor(variant: RequestVariant, headers: Headers): Promise<SessionToken | null> {
  return readSession(headers, { cached: variant !== "no-session-cache" });
}

const remembered = new Map<string, AccessRow | null>();

export async function accessRowFor(variant: RequestVariant, { memberId, sessionId }: Pick<SessionClaims, "memberId" | "sessionId">): Promise<AccessRow | null> {
  if (variant !== "stale" && variant !== "bypass") return findAccessRow(getDb(), memberId, sessionId);
  const key = `${memberId}:${sessionId}`;
  if (!remembered.has(key)) remembered.set(key, await findAccessRow(getDb(), memberId, sessionId));
  return remembered.get(key)!;
}

/** Bypass and stale bring rows of their own; no-handoff measures the page reading again. */
export function usesHandoff(variant: RequestVariant): boolean {
  return variant === "full" || variant === "no-session-cache";
}
