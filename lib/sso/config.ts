// Environment settings for single sign-on, read where they are used and checked once at start.

type Env = Readonly<Record<string, string | undefined>>;

const DOMAIN_VERIFICATION_SKIP_REFUSED_MESSAGE =
  "SSO_DOMAIN_VERIFICATION=skip is for local testing only and is refused in production: " +
  "it would let any organisation claim any email domain for single sign-on. Remove it, and verify domains with their DNS TXT record.";

/**
 * The local-testing override: with SSO_DOMAIN_VERIFICATION=skip, "Verify" accepts a domain
 * without looking up its TXT record. Never in a production build (the server refuses to start).
 */
export function skipsDomainVerification(env: Env = process.env): boolean {
  return env.SSO_DOMAIN_VERIFICATION === "skip" && env.NODE_ENV !== "production";
}

/** The reason this server must not start, or null. */
export function ssoConfigProblem(env: Env = process.env): string | null {
  if (env.NODE_ENV === "production" && env.SSO_DOMAIN_VERIFICATION === "skip") return DOMAIN_VERIFICATION_SKIP_REFUSED_MESSAGE;
  return null;
}

/**
 * DNS servers for the TXT check ("127.0.0.1:5353,1.1.1.1"); the system's resolvers when unset.
 * The end-to-end tests point it at a local DNS server they control.
 */
export function dnsServers(env: Env = process.env): string[] {
  return (env.SSO_DNS_SERVERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
