// CSRF guard for every state-changing request: server actions (signed-in and public) and
// non-GET route handlers. Next already aborts a server action whose Origin names another
// host, but lets a request without Origin through; this also refuses `Origin: null`
// (sandboxed iframes, data: URLs, some redirects) and a browser's cross-site fetch that
// omits Origin but says where it came from in Sec-Fetch-Site.
import { headers } from "next/headers";

export const CROSS_ORIGIN_MESSAGE = "This request came from another site and was refused. Reload the page and try again.";

type HeaderSource = Pick<Headers, "get">;

/** True when the request was sent by a page of this app (or by no browser at all). */
export function isSameOrigin(source: HeaderSource): boolean {
  const origin = source.get("origin");
  if (origin === null) {
    // No Origin: a handcrafted request carries no victim's cookies unless its sender shared
    // them. A browser that says the request is cross-site is refused all the same.
    const site = source.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  // Behind a proxy the public host is in x-forwarded-host, as Next's own check reads it.
  const host = source.get("x-forwarded-host")?.split(",")[0]?.trim() || source.get("host");
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === host;
  } catch {
    return false; // "null" and anything else that is not a URL
  }
}

/** For server actions: reads the current request's headers. */
export async function requestIsSameOrigin(): Promise<boolean> {
  return isSameOrigin(await headers());
}

/** Thrown where a typed refusal cannot be returned (public actions): the browser shows error.tsx. */
export class CrossOriginError extends Error {
  constructor() {
    super(CROSS_ORIGIN_MESSAGE);
  }
}
