// Signing in through an organisation's identity provider:
//   /api/sso/start     finds the connection for the email's verified domain, stores the trip
//                      (state as SHA-256, nonce, PKCE verifier; 10 minutes, single use), binds
//                      it to this browser with a cookie holding the state, and redirects.
//   /api/sso/callback  checks the state against the cookie, takes the trip once (a replayed
//                      callback finds nothing), exchanges the code (PKCE, nonce, id_token
//                      verified by openid-client), checks the email's domain is one this
//                      organisation verified, provisions just in time, and hands a one-time
//                      ticket to Auth.js's "sso" provider (auth.ts), which starts the stored
//                      session exactly as a password sign-in does (epoch, member_sessions,
//                      new-device email).
import type { Db } from "@/db";
import { findMemberByEmail } from "@/db/queries/members";
import { findOrganization } from "@/db/queries/orgs";
import { completeSsoSignIn, findConnectionForDomain, findSsoConnection, findSsoMember, insertSsoSignIn, setSsoTicket, takeSsoTicket } from "@/db/queries/sso";
import { hashPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/sessions";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";
import { appLink } from "@/lib/mail/config";
import { canUseSso } from "@/lib/plans";
import { organizationDefaultRole } from "@/lib/directory/groups";
import { changeAccess } from "@/lib/roles/access-change";
import { onSsoSignIn } from "./on-sso-sign-in";
import { authorizationRequest, discover, exchangeCode, type Identity, type OidcSettings } from "./oidc";
import { settingsOf } from "./service";

export const SSO_STATE_COOKIE = "switchboard-sso-state";
export const SSO_TRIP_MINUTES = 10;

/** Why an SSO sign-in stopped; the sign-in page words each (never the provider's own text). */
export const SSO_FAILURES = {
  state: "The sign-in could not be matched to this browser. Start again from the sign-in page.",
  expired: "That sign-in link expired or was used already. Start again from the sign-in page.",
  denied: "Your identity provider did not sign you in.",
  provider: "Your identity provider's answer could not be verified. Start again, or ask your administrator to check the single sign-on settings.",
  domain: "Your identity provider signed you in with an email address your organisation has not verified for single sign-on.",
  account: "This email address belongs to another organisation or to a deactivated account. Ask your administrator.",
  unavailable: "Single sign-on is not set up for this email address.",
} as const;
export type SsoFailure = keyof typeof SSO_FAILURES;

export class SsoError extends Error {
  constructor(readonly reason: SsoFailure) {
    super(SSO_FAILURES[reason]);
  }
}

export const ssoRedirectUri = () => appLink("/api/sso/callback");

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

/** The organisation whose identity provider signs in this address, when it has one and may use it. */
export async function ssoConnectionFor(db: Db, email: string) {
  if (!email.includes("@")) return null;
  const found = await findConnectionForDomain(db, domainOf(email));
  if (!found) return null;
  const org = await findOrganization(db, found.connection.orgId);
  return org && canUseSso(org.plan) ? found.connection : null;
}

type Deps = { discover: typeof discover; exchange: typeof exchangeCode };
const DEFAULT_DEPS: Deps = { discover, exchange: exchangeCode };

/** Where to send the browser, and the state its cookie must hold when it comes back. */
export async function startSso(db: Db, input: { email: string; callbackUrl: string }, now = new Date(), deps: Deps = DEFAULT_DEPS) {
  const connection = await ssoConnectionFor(db, input.email);
  if (!connection) throw new SsoError("unavailable");
  let config;
  try {
    config = await deps.discover(settingsOf(connection));
  } catch {
    throw new SsoError("provider");
  }
  const request = await authorizationRequest(config, ssoRedirectUri(), input.email);
  await insertSsoSignIn(db, {
    orgId: connection.orgId,
    stateHash: hashLinkToken(request.state),
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    callbackUrl: input.callbackUrl,
    expiresAt: new Date(now.getTime() + SSO_TRIP_MINUTES * 60_000),
  });
  return { url: request.url, state: request.state };
}

/**
 * The callback: the member to sign in and a one-time ticket for Auth.js, or an SsoError.
 * `cookieState` is the state this browser's cookie holds; `settings` overrides the stored
 * connection's (tests).
 */
export async function completeSso(db: Db, input: { url: URL; cookieState: string | null }, now = new Date(), deps: Deps = DEFAULT_DEPS) {
  const state = input.url.searchParams.get("state");
  if (!state || !input.cookieState || state !== input.cookieState) throw new SsoError("state");
  const trip = await completeSsoSignIn(db, hashLinkToken(state), now);
  if (!trip) throw new SsoError("expired");
  if (input.url.searchParams.has("error")) throw new SsoError("denied");
  const connection = await findSsoConnection(db, trip.orgId);
  const org = await findOrganization(db, trip.orgId);
  if (!connection || !org || !canUseSso(org.plan)) throw new SsoError("unavailable");
  let identity: Identity;
  try {
    const settings: OidcSettings = settingsOf(connection);
    identity = await deps.exchange(await deps.discover(settings), input.url, { state, nonce: trip.nonce, codeVerifier: trip.codeVerifier });
  } catch {
    throw new SsoError("provider");
  }
  // The provider vouches for an address; only one in a domain this organisation proved is taken.
  if (!identity.email || !identity.emailVerified) throw new SsoError("domain");
  const owner = await findConnectionForDomain(db, domainOf(identity.email));
  if (!owner || owner.connection.orgId !== trip.orgId) throw new SsoError("domain");
  const email = identity.email;
  const name = identity.name ?? email.slice(0, email.indexOf("@"));
  // A password nobody knows: a just-in-time member signs in through the provider (or resets it).
  const passwordHash = await hashPassword(newLinkToken());
  const ticket = newLinkToken();
  const memberId = await db.transaction(async (tx) => {
    const existing = await findMemberByEmail(tx, email);
    let id: string;
    if (existing) {
      if (existing.orgId !== trip.orgId || existing.status !== "active") throw new SsoError("account");
      id = existing.id;
    } else {
      const role = await organizationDefaultRole(tx, trip.orgId);
      const { member } = await changeAccess(
        tx,
        { orgId: trip.orgId, memberId: null, name: "Single sign-on" },
        { kind: "join", member: { name, email, roleId: role.id, passwordHash } },
        ({ member }) => [
          {
            orgId: trip.orgId,
            actorId: member!.id,
            actorName: member!.name,
            action: "sso.member_joined",
            targetId: member!.id,
            targetName: role.name,
            details: { lines: [`Email: ${email}`, `Joined just in time through single sign-on (${connection.issuer})`, `Role: ${role.name}`] },
          },
        ],
      );
      id = member!.id;
    }
    await onSsoSignIn({ tx, orgId: trip.orgId, memberId: id, groups: identity.groups });
    await setSsoTicket(tx, trip.orgId, trip.id, id, hashLinkToken(ticket));
    return id;
  });
  return { memberId, ticket, callbackUrl: trip.callbackUrl };
}

/**
 * Auth.js's "sso" provider: a ticket from completeSso, used once within the trip's 10 minutes,
 * becomes a stored session for an active member. What the session token carries, or null.
 */
export async function redeemSsoTicket(db: Db, ticket: unknown, userAgent: string | null | undefined, address: string | null, now = new Date()) {
  if (typeof ticket !== "string" || ticket.length < 20 || ticket.length > 100) return null;
  return db.transaction(async (tx) => {
    const taken = await takeSsoTicket(tx, hashLinkToken(ticket), now);
    if (!taken) return null;
    const member = await findSsoMember(tx, taken.orgId, taken.memberId);
    if (!member || member.status !== "active") return null;
    const session = await startSession(tx, member, userAgent, address, now);
    return { id: member.id, orgId: member.orgId, name: member.name, email: member.email, epoch: member.epoch, ...session };
  });
}
