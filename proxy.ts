import { NextResponse, type NextRequest } from "next/server";
import { readSession, SESSION_COOKIES } from "@/lib/auth/session-token";
import { accessForSession } from "@/lib/authz/check";
import { ACCESS_HANDOFF_HEADER, sealAccess } from "@/lib/authz/handoff";
import { decideRoute, DENIED_PATH_HEADER, matchRoute, routeRule } from "@/lib/authz/routes";
import { accessRowFor } from "@/lib/bench/access-row";
import { benchVariant } from "@/lib/bench/variant";

// Coarse and early: signed in, and allowed on this route. Pages and actions check again,
// so nothing depends on this running (it is not a security boundary on its own).
export async function proxy(request: NextRequest) {
  const variant = benchVariant(request.headers);
  if (variant === "noop-proxy" || variant === "bypass") return NextResponse.next();

  const { pathname, search } = request.nextUrl;
  const route = matchRoute(pathname);
  if (route && routeRule(route).public) return NextResponse.next();

  const session = await readSession(request.headers);
  const row = session ? await accessRowFor(variant, session) : null;
  const access = accessForSession(row, session);
  const decision = decideRoute(pathname, access?.permissions ?? null);

  if (decision.outcome === "sign-in") {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", pathname + search);
    const response = NextResponse.redirect(url);
    // A session for a member who is gone or deactivated, or from before their password
    // changed, is ended here.
    if (session) for (const name of SESSION_COOKIES) response.cookies.delete(name);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.delete(ACCESS_HANDOFF_HEADER);
  if (decision.outcome === "deny") {
    headers.set(DENIED_PATH_HEADER, pathname);
    return NextResponse.rewrite(new URL("/access-denied", request.url), { request: { headers } });
  }
  // The page rendering this GET reuses the row just read instead of reading it again. Not
  // for POSTs: a server action changes data, and what renders after it must read afresh.
  if (row && session && request.method === "GET") headers.set(ACCESS_HANDOFF_HEADER, sealAccess(row, session.cookie));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    {
      // Everything but static assets and Auth.js's own endpoints. Server actions check in
      // their wrapper, and prefetches render no page data, so neither pays for the proxy.
      source: "/((?!_next/static|_next/image|favicon.ico|api/auth).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
      ],
    },
  ],
};
