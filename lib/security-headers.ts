// The security headers of every response, in one place: proxy.ts sends them with a fresh
// script nonce on everything it sees, and next.config.ts sends the same values (without a
// nonce) on what the proxy skips: static assets, server actions, prefetches, /api/auth.
// No imports: next.config.ts loads this file before the app is built.

/** `next dev`'s React tooling evaluates code; production never does. */
const DEV = process.env.NODE_ENV !== "production";

/**
 * Scripts only from this origin and only with the request's nonce ('strict-dynamic' lets
 * Next's own chunks load theirs). Styles may be inline: Radix renders `style` attributes and
 * its dialogs insert a <style> element at run time, neither of which can carry the nonce.
 * CSS cannot run script, and every fetch, image and font stays held to this origin.
 */
export function contentSecurityPolicy(nonce: string | null): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${DEV ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Recordings play from this origin's audio route.
    "media-src 'self'",
    `connect-src 'self'${DEV ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Everything but audio playback (and copying an invite link) is turned off. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=(self)",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "clipboard-read=()",
  "clipboard-write=(self)",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "idle-detection=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Only over HTTPS: a browser ignores it over plain HTTP, and local HTTP must keep working. */
export const STRICT_TRANSPORT_SECURITY = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" } as const;

export type HeaderEntry = { key: string; value: string };

/** The headers of every response; the CSP carries the nonce when the response has one. */
export function securityHeaders(nonce: string | null, https: boolean): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(nonce) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    ...(https ? [STRICT_TRANSPORT_SECURITY] : []),
  ];
}

/** Served over HTTPS: directly, or behind a load balancer that says so. */
export function isHttps(url: string, headers: Headers): boolean {
  return url.startsWith("https:") || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
