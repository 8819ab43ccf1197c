// The relying-party side of OpenID Connect, with openid-client: discovery, authorization code
// with PKCE (S256), state and nonce checked, the id_token's signature, issuer, audience and
// expiry verified by the library. Connections are per organisation and configured at runtime,
// which Auth.js's static provider list cannot express; Auth.js still issues the session
// (lib/sso/sign-in.ts, auth.ts "sso" provider).
import * as client from "openid-client";

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Plain http only for an identity provider on this machine (the local test provider, dev:idp). */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && LOOPBACK.has(url.hostname);
}

export async function discover(settings: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  return client.discovery(
    issuer,
    settings.clientId,
    undefined,
    client.ClientSecretBasic(settings.clientSecret),
    isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
}

export type Authorization = { url: URL; state: string; nonce: string; codeVerifier: string };

export async function authorizationRequest(config: client.Configuration, redirectUri: string, loginHint: string | null): Promise<Authorization> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { url, state, nonce, codeVerifier };
}

export type Identity = { subject: string; email: string | null; emailVerified: boolean; name: string | null; groups: string[] };

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** Directory groups as names; Okta and Entra ID send an array of strings (Entra ID may send ids). */
function groupsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === "string" && g.length > 0 && g.length <= 256).slice(0, 200) : [];
}

/**
 * Exchanges the code: throws when the state, the PKCE verifier, the nonce or the id_token does
 * not check out. Email and name come from the id_token, or from userinfo when it leaves them out.
 */
export async function exchangeCode(
  config: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Identity> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("The identity provider sent no id_token.");
  let profile: Record<string, unknown> = claims;
  if (!str(claims.email)) profile = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  return {
    subject: claims.sub,
    email: str(profile.email)?.toLowerCase() ?? null,
    // Okta and Entra ID send email_verified only sometimes: only an explicit false is refused.
    emailVerified: profile.email_verified !== false && profile.email_verified !== "false",
    name: str(profile.name) ?? str([profile.given_name, profile.family_name].filter((p) => typeof p === "string").join(" ")),
    groups: groupsOf(profile.groups),
  };
}
