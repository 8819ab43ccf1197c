import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-token";
import { accessForSession } from "@/lib/authz/check";
import { ACCESS_HANDOFF_HEADER, sealAccess } from "@/lib/authz/handoff";
import { accessRowFor, requestVariant, sessionFor, usesHandoff } from "@/lib/authz/request-variant";
import { decideRoute, DENIED_PATH_HEADER, matchRoute, routeRule } from "@/lib/authz/routes";
import { mustSetUpTwoFactor, TWO_FACTOR_SET_UP_ROUTE } from "@/lib/two-factor/policy";
import { contentSecurityPolicy, isHttps, newNonce, securityHeaders } from "@/lib/security-headers";

// Coarse and early: signed in, and allowed on this route. Pages and actions check again,
// so nothing depends on this running (it is not a security boundary on its own).
// Every response it sees leaves with the security headers and a script nonce of its own.
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const secured = <R extends NextResponse>(response: R): R => {
    for (const { key, value } of securityHeaders(nonce, isHttps(request.url, request.headers))) response.headers.set(key, value);
    return response;
  };
  const headers = new Headers(request.headers);
  // Next reads the nonce for the scripts it renders from the request's policy.
  headers.set("content-security-policy", contentSecurityPolicy(nonce));
  const next = () => secured(NextResponse.next({ request: { headers } }));

  const variant = requestVariant(request.headers);
  if (variant === "noop-proxy" || variant === "bypass") return next();

  const { pathname, search } = request.nextUrl;
  const route = matchRoute(pathname);
  if (route && routeRule(route).public) return next();

  const session = await sessionFor(variant, request.headers);
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
    return secured(response);
  }
  // Two-factor required and not set up: the set-up page is the only page (lib/two-factor/policy.ts).
  if (access && mustSetUpTwoFactor(access) && route !== TWO_FACTOR_SET_UP_ROUTE) {
    return secured(NextResponse.redirect(new URL(TWO_FACTOR_SET_UP_ROUTE, request.url)));
  }
  headers.delete(ACCESS_HANDOFF_HEADER);
  headers.delete(DENIED_PATH_HEADER);
  // A refusal is answered by the route itself (requirePage or the handler's own check, which
  // run anyway), in this process: a rewrite to /access-denied was forwarded over HTTP to
  // "localhost", an extra hop that dropped under load. The header only words the 403 page.
  if (decision.outcome === "deny") headers.set(DENIED_PATH_HEADER, pathname);
  // The page rendering this GET reuses the row just read instead of reading it again. Not
  // for POSTs: a server action changes data, and what renders after it must read afresh.
  if (row && session && request.method === "GET" && usesHandoff(variant)) headers.set(ACCESS_HANDOFF_HEADER, sealAccess(row, session.cookie));
  return next();
}

export const config = {
  matcher: [
    {
      // Everything but static assets (the icons included), Auth.js's own endpoints and the public API (bearer API
      // keys, no session: every operation checks its key in lib/api/handler.ts). Server actions
      // check in their wrapper, and prefetches render no page data, so neither pays for the proxy.
      // next.config.ts gives all of these the security headers (without a nonce).
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/auth|api/v1/).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
      ],
    },
  ],
};
