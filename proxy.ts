import { NextResponse, type NextRequest } from "next/server";
import { sessionMemberId } from "@/lib/auth/session-token";
import { getDb } from "@/db";
import { loadAccess } from "@/lib/authz/check";
import { decideRoute, DENIED_PATH_HEADER, matchRoute, routeRule } from "@/lib/authz/routes";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// Coarse and early: signed in, and allowed on this route. Pages and actions check again,
// so nothing depends on this running (it is not a security boundary on its own).
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const route = matchRoute(pathname);
  if (route && routeRule(route).public) return NextResponse.next();

  const memberId = await sessionMemberId(request);
  const access = memberId ? await loadAccess(getDb(), memberId) : null;
  const decision = decideRoute(pathname, access?.permissions ?? null);

  if (decision.outcome === "sign-in") {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", pathname + search);
    const response = NextResponse.redirect(url);
    // A session for a member who is gone or deactivated is ended here.
    if (memberId) for (const name of SESSION_COOKIES) response.cookies.delete(name);
    return response;
  }
  if (decision.outcome === "deny") {
    const headers = new Headers(request.headers);
    headers.set(DENIED_PATH_HEADER, pathname);
    return NextResponse.rewrite(new URL("/access-denied", request.url), { request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but static assets and Auth.js's own endpoints.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth).*)"],
};
