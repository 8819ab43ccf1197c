// Allowances for actions that cost money or reach people outside the product (texts,
// invitations): per member and per organisation, counted in the database so they hold across
// app servers. Each use takes one from every allowance it draws on inside the transaction that
// does the work: a refusal, or a failure of that work, takes nothing.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { API_ALLOWANCES } from "@/lib/api/allowances";
import { rateLimits } from "@/db/schema";
import type { Access } from "@/lib/authz/check";
import { DomainError } from "@/lib/errors";
import { plural } from "@/lib/format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The refusal, or how to word it from the minutes left until the window ends. */
type Allowance = { limit: number; windowMs: number; message: string | ((minutes: number) => string) };

export const RATE_LIMITS = {
  messagesPerMember: { limit: 20, windowMs: MINUTE, message: "You can send up to 20 messages a minute. Wait a minute, then send this again." },
  messagesPerOrganization: {
    limit: 1_000,
    windowMs: HOUR,
    message: "Your organisation has sent 1,000 messages this hour, the most it can send in an hour. Try again later.",
  },
  invitationsPerMember: { limit: 20, windowMs: HOUR, message: "You can send up to 20 invitations an hour. Try again later." },
  invitationsPerOrganization: {
    limit: 100,
    windowMs: DAY,
    message: "Your organisation has sent 100 invitations today, the most it can send in a day. Try again tomorrow.",
  },
  // Counted for every address asked about, with an account or not: only the asking client is
  // ever told it met a limit (lib/auth/password-reset.ts says why).
  passwordResetsPerEmail: { limit: 5, windowMs: HOUR, message: "Too many reset links were asked for this address." },
  passwordResetsPerClient: {
    limit: 20,
    windowMs: HOUR,
    message: (minutes: number) => `Too many requests for reset links from your network. Try again in ${plural(minutes, "minute")}.`,
  },
  // Sign-up answers the same whether or not an address has an account, and so does its limit:
  // counted per address typed and per client address, before anything looks the address up.
  signUpsPerEmail: { limit: 3, windowMs: HOUR, message: "Too many sign-up attempts. Wait an hour and try again." },
  signUpsPerClient: { limit: 10, windowMs: HOUR, message: "Too many sign-up attempts. Wait an hour and try again." },
  verificationEmailsPerMember: {
    limit: 5,
    windowMs: HOUR,
    message: "You can send up to 5 verification emails an hour. Check your spam folder, or try again later.",
  },
  // The public API: per key, and per organisation across all its keys.
  apiRequestsPerKey: {
    limit: API_ALLOWANCES.perKey,
    windowMs: MINUTE,
    message: `This API key has made ${API_ALLOWANCES.perKey} requests this minute, the most it may. Wait, then retry.`,
  },
  apiRequestsPerOrganization: {
    limit: API_ALLOWANCES.perOrganization,
    windowMs: MINUTE,
    message: `Your organisation's API keys have made ${API_ALLOWANCES.perOrganization} requests this minute, the most they may. Wait, then retry.`,
  },
  // Each SCIM token: a directory's full sync of 10,000 people is 10,000+ requests, spread by
  // Okta and Entra ID over many minutes; a runaway client stops here.
  scimPerToken: {
    limit: 6_000,
    windowMs: MINUTE,
    message: "This SCIM token has made 6,000 requests this minute. Slow down and retry after the Retry-After seconds.",
  },
} as const satisfies Record<string, Allowance>;

type Use = Allowance & { key: string };

export const messageAllowances = (actor: Access): Use[] => [
  { key: `messages:member:${actor.memberId}`, ...RATE_LIMITS.messagesPerMember },
  { key: `messages:org:${actor.orgId}`, ...RATE_LIMITS.messagesPerOrganization },
];

export const passwordResetAllowances = (email: string, clientAddress: string) => ({
  client: [{ key: `password-resets:client:${clientAddress}`, ...RATE_LIMITS.passwordResetsPerClient }] as Use[],
  email: [{ key: `password-resets:email:${email}`, ...RATE_LIMITS.passwordResetsPerEmail }] as Use[],
});

export const invitationAllowances = (actor: Access): Use[] => [
  { key: `invitations:member:${actor.memberId}`, ...RATE_LIMITS.invitationsPerMember },
  { key: `invitations:org:${actor.orgId}`, ...RATE_LIMITS.invitationsPerOrganization },
];

async function minutesLeft(tx: Db, use: Use, now: Date): Promise<number> {
  const [row] = await tx.select({ startedAt: rateLimits.windowStartedAt }).from(rateLimits).where(eq(rateLimits.key, use.key));
  const ends = (row?.startedAt.getTime() ?? now.getTime()) + use.windowMs;
  return Math.max(1, Math.ceil((ends - now.getTime()) / MINUTE));
}

/**
 * Takes one use from each allowance, or throws a "rate_limited" refusal. Call it inside the
 * transaction of the work: the row lock each upsert takes holds until it commits, so parallel
 * uses on any server queue there and exactly `limit` of them get through. The member's
 * allowance comes before the organisation's in every caller: one lock order, no deadlock.
 */
export async function takeAllowances(tx: Db, uses: Use[], now = new Date()) {
  for (const use of uses) {
    const taken = await takeOne(tx, use, now);
    if (!taken) throw new DomainError("rate_limited", typeof use.message === "string" ? use.message : use.message(await minutesLeft(tx, use, now)));
  }
}

async function takeOne(tx: Db, use: Use, now: Date) {
  // Timestamps as ISO text: postgres.js does not take a Date inside a raw SQL fragment.
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const expired = sql`${rateLimits.windowStartedAt} <= ${at(now.getTime() - use.windowMs)}`;
  const [taken] = await tx
    .insert(rateLimits)
    .values({ key: use.key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${at(now.getTime())} else ${rateLimits.windowStartedAt} end`,
      },
      // Nothing updated (no row returned) when the window is still open and used up.
      setWhere: sql`${expired} or ${rateLimits.count} < ${use.limit}`,
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt });
  return taken ?? null;
}

/** What is left of the tightest allowance a request drew on, for RateLimit headers. */
export type AllowanceState = { limit: number; remaining: number; resetSeconds: number; message?: string };

/**
 * takeAllowances for the public API: the same counting, answered with what is left (RateLimit
 * headers) instead of a throw; `message` is set when a use was refused, and nothing after it taken.
 */
export async function takeAllowancesCounted(tx: Db, uses: Use[], now = new Date()): Promise<AllowanceState> {
  let tightest: AllowanceState | null = null;
  for (const use of uses) {
    const taken = await takeOne(tx, use, now);
    const windowStartedAt =
      taken?.windowStartedAt ?? (await tx.select({ at: rateLimits.windowStartedAt }).from(rateLimits).where(eq(rateLimits.key, use.key)))[0]?.at ?? now;
    const resetSeconds = Math.max(1, Math.ceil((windowStartedAt.getTime() + use.windowMs - now.getTime()) / 1000));
    const state: AllowanceState = { limit: use.limit, remaining: taken ? Math.max(0, use.limit - taken.count) : 0, resetSeconds };
    if (!taken) return { ...state, message: typeof use.message === "string" ? use.message : use.message(Math.ceil(resetSeconds / 60)) };
    if (!tightest || state.remaining < tightest.remaining) tightest = state;
  }
  return tightest!;
}

export const apiAllowances = (keyId: string, orgId: string): Use[] => [
  { key: `api:key:${keyId}`, ...RATE_LIMITS.apiRequestsPerKey },
  { key: `api:org:${orgId}`, ...RATE_LIMITS.apiRequestsPerOrganization },
];

export const signUpAllowances = (email: string, clientAddress: string): Use[] => [
  { key: `sign-up:email:${email.trim().toLowerCase()}`, ...RATE_LIMITS.signUpsPerEmail },
  { key: `sign-up:client:${clientAddress}`, ...RATE_LIMITS.signUpsPerClient },
];

export const verificationAllowances = (actor: Pick<Access, "memberId">): Use[] => [
  { key: `verification:member:${actor.memberId}`, ...RATE_LIMITS.verificationEmailsPerMember },
];

export const scimAllowances = (tokenId: string): Use[] => [{ key: `scim:token:${tokenId}`, ...RATE_LIMITS.scimPerToken }];
