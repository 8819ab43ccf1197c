// Where mail goes and which address its links point at, from the environment.

type Env = Readonly<Record<string, string | undefined>>;

export const MAIL_NOT_CONFIGURED_MESSAGE =
  "SMTP_URL is not set. Production sends email (invitations, password resets, verification) through SMTP: " +
  "set SMTP_URL (for example smtps://user:password@smtp.example.com:465) and MAIL_FROM in the server's environment.";

export const APP_URL_MISSING_MESSAGE =
  "APP_URL is not set. Links in emails must point at the address people use (for example https://switchboard.example.com); " +
  "production never builds them from a request's Host header, which anyone can forge.";

/**
 * Without SMTP_URL, mail stays in the local mailbox (/dev/mailbox) outside production. A
 * production build does so only when LOCAL_MAILBOX=1, which test servers (bench, soak) set.
 */
export function usesLocalMailbox(env: Env = process.env): boolean {
  if (env.SMTP_URL) return false;
  return env.NODE_ENV !== "production" || env.LOCAL_MAILBOX === "1";
}

/** The reason this server cannot send mail, or null when it can: checked once at start. */
export function mailConfigProblem(env: Env = process.env): string | null {
  if (env.NODE_ENV !== "production" || env.LOCAL_MAILBOX === "1") return null;
  if (!env.SMTP_URL) return MAIL_NOT_CONFIGURED_MESSAGE;
  if (!configuredAppUrl(env)) return APP_URL_MISSING_MESSAGE;
  return null;
}

export function mailFrom(env: Env = process.env): string {
  return env.MAIL_FROM || "Switchboard <no-reply@switchboard.localhost>";
}

function configuredAppUrl(env: Env): string | undefined {
  return env.APP_URL || env.AUTH_URL || undefined;
}

/**
 * An absolute link for an email. APP_URL (or AUTH_URL) when set; outside production, the
 * default dev address. Never the request's Host header: a forged one would send a reset token
 * to someone else's server.
 */
export function appLink(path: string, env: Env = process.env): string {
  const base = configuredAppUrl(env) ?? `http://localhost:${env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
