// Control characters (a newline would split the Location header: a thrown 500) and backslashes
// (which browsers read as "/") are refused outright.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;
const BASE = "http://callback.invalid";

/** Only same-site paths: an open redirect after sign-in would be a phishing gift. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return "/";
  const url = new URL(value, BASE);
  if (url.origin !== BASE || url.pathname.startsWith("/sign-in")) return "/";
  // Re-serialised: what comes back is percent-encoded, safe to put in a header as it is.
  return url.pathname + url.search + url.hash;
}
