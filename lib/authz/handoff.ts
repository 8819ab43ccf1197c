// The proxy has just read a member's access for this request; the page rendering the same
// request reuses it instead of reading it again. The row travels in a request header the
// proxy sets, sealed with a key derived from AUTH_SECRET and bound to the session cookie and
// the moment it was read, so nothing from outside (a forged header, a proxy bypass) can stand
// in for it. Without a valid hand-off the page reads the database itself.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { AccessRow } from "@/db/queries/access";
import { authSecret } from "@/lib/auth/secret";
import type { SessionToken } from "@/lib/auth/session-token";

export const ACCESS_HANDOFF_HEADER = "x-switchboard-access";

// Proxy and page run one after the other in the same request: a second is generous.
const MAX_AGE_MS = 2_000;

let key: Buffer | undefined;
function handoffKey(): Buffer {
  key ??= createHash("sha256")
    .update("switchboard access hand-off\0")
    .update(authSecret() ?? "")
    .digest();
  return key;
}

const mac = (payload: string) => createHmac("sha256", handoffKey()).update(payload).digest("base64url");
const digest = (cookie: string) => createHash("sha256").update(cookie).digest("base64url");

export function sealAccess(row: AccessRow, cookie: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ t: now, c: digest(cookie), row })).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The row the proxy handed to this request, if it is for this session's member. */
export function handedAccess(headers: Headers, session: SessionToken): AccessRow | null {
  const row = openAccess(headers.get(ACCESS_HANDOFF_HEADER), session.cookie);
  return row?.memberId === session.memberId ? row : null;
}

export function openAccess(sealed: string | null, cookie: string, now = Date.now()): AccessRow | null {
  if (!sealed) return null;
  const dot = sealed.indexOf(".");
  if (dot < 1) return null;
  const payload = sealed.slice(0, dot);
  const given = Buffer.from(sealed.slice(dot + 1));
  const expected = Buffer.from(mac(payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { t, c, row } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { t?: unknown; c?: unknown; row?: unknown };
    if (typeof t !== "number" || now - t > MAX_AGE_MS || t > now + 1_000) return null;
    return c === digest(cookie) ? (row as AccessRow) : null;
  } catch {
    return null;
  }
}
