import { decode, encode, type JWTEncodeParams } from "next-auth/jwt";
import { parseId } from "@/lib/ids";
import { authSecret } from "./secret";
import { secondsLeft, withinMaxAge } from "./session-policy";

export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** Who a session is for, which stored session it is, and when and at which epoch it signed in. */
export type SessionClaims = {
  memberId: string;
  /** A session whose epoch differs from the member's (a password changed since) is over. */
  epoch: number;
  /** Its row in member_sessions: signing out revokes it there (lib/auth/sessions.ts). */
  sessionId: string;
  /** Sign-in time (ms): the session ends 12 hours later on every path, however often it is read. */
  signedInAt: number;
};

export type SessionToken = SessionClaims & {
  /** The cookie's value: what a proxy hand-off is bound to. */
  cookie: string;
};

type Decoded = SessionClaims & { expiresAt: number };

/** A token minted before session epochs existed has no claim: it was signed in at epoch 0. */
function epochClaim(value: unknown): number | null {
  if (value === undefined) return 0;
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/**
 * The claims of a decoded session token, or null. A token without a stored session (minted
 * before sessions were stored) cannot be signed out, so it is not a session any more.
 */
export function sessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const epoch = epochClaim(token.epoch);
  const sessionId = parseId(token.sid);
  const { memberId, signedInAt } = token;
  if (typeof memberId !== "string" || epoch === null || !sessionId) return null;
  if (typeof signedInAt !== "number" || !Number.isSafeInteger(signedInAt)) return null;
  return { memberId, epoch, sessionId, signedInAt };
}

/**
 * Auth.js's token encoding with the expiry set at sign-in: it re-issues the token on every read
 * of the session (GET /api/auth/session), and must not move the end 12 hours past that read.
 */
export function encodeSession(params: JWTEncodeParams): Promise<string> {
  const signedInAt = params.token?.signedInAt;
  return encode({ ...params, maxAge: typeof signedInAt === "number" ? secondsLeft(signedInAt) : params.maxAge });
}

// Decrypting a session cookie (JWE, key derived per call) costs more than the permission
// query. The same cookie always decrypts to the same claims, so decoded cookies are kept,
// bounded, and still refused once expired. Only identity lives here: what a member may do,
// and whether the session was signed out, is read from the database on every request.
const MAX_CACHED = 10_000;
const holder = globalThis as unknown as { __switchboardSessions?: Map<string, Decoded | null> };
const decoded = (holder.__switchboardSessions ??= new Map<string, Decoded | null>());

function readCookie(cookieHeader: string): { name: string; value: string } | null {
  for (const name of SESSION_COOKIES) {
    const at = cookieHeader.indexOf(`${name}=`);
    if (at === -1 || (at > 0 && !/[;\s]/.test(cookieHeader[at - 1]))) continue;
    const start = at + name.length + 1;
    const end = cookieHeader.indexOf(";", start);
    const value = cookieHeader.slice(start, end === -1 ? undefined : end).trim();
    if (value) return { name, value };
  }
  return null;
}

async function decodeCookie(name: string, value: string): Promise<Decoded | null> {
  try {
    const token = await decode({ token: value, secret: authSecret() ?? "", salt: name });
    const claims = sessionClaims(token);
    if (!claims || typeof token?.exp !== "number") return null;
    return { ...claims, expiresAt: token.exp * 1000 };
  } catch {
    return null;
  }
}

/**
 * The member a request's session cookie names, without touching the cookie. `cached: false`
 * decodes afresh: the bench measures what the cache saves with it.
 */
export async function readSession(headers: Headers, { cached = true } = {}): Promise<SessionToken | null> {
  const cookie = readCookie(headers.get("cookie") ?? "");
  if (!cookie) return null;
  const key = `${cookie.name}=${cookie.value}`;
  let entry = cached ? decoded.get(key) : undefined;
  if (entry === undefined) {
    entry = await decodeCookie(cookie.name, cookie.value);
    if (decoded.size >= MAX_CACHED) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, entry);
  }
  if (!entry || entry.expiresAt <= Date.now() || !withinMaxAge(entry.signedInAt)) return null;
  const { memberId, epoch, sessionId, signedInAt } = entry;
  return { memberId, epoch, sessionId, signedInAt, cookie: cookie.value };
}
