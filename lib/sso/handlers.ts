// The two public legs of single sign-on (lib/sso/sign-in.ts): both are GETs a browser is
// sent to, and both answer with a redirect; a failure goes back to the sign-in page with a
// reason code the page words itself.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isHttps } from "@/lib/security-headers";
import { completeSso, ssoRedirectUri, SSO_STATE_COOKIE, SSO_TRIP_MINUTES, SsoError, startSso, type SsoFailure } from "./sign-in";

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

function backToSignIn(request: Request, reason: SsoFailure): NextResponse {
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("sso", reason);
  const response = NextResponse.redirect(url, 303);
  response.cookies.delete({ name: SSO_STATE_COOKIE, path: "/api/sso" });
  return response;
}

export async function ssoStart(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const email = (params.get("email") ?? "").trim().toLowerCase();
  if (!EMAIL.test(email)) return backToSignIn(request, "unavailable");
  try {
    const { url, state } = await startSso(getDb(), { email, callbackUrl: safeCallbackUrl(params.get("callbackUrl")) });
    const response = NextResponse.redirect(url, 303);
    // Binds the trip to this browser: a callback carrying someone else's state is refused.
    response.cookies.set(SSO_STATE_COOKIE, state, {
      httpOnly: true,
      sameSite: "lax",
      secure: isHttps(request.url, request.headers),
      path: "/api/sso",
      maxAge: SSO_TRIP_MINUTES * 60,
    });
    return response;
  } catch (error) {
    if (error instanceof SsoError) return backToSignIn(request, error.reason);
    throw error;
  }
}

export async function ssoCallback(request: Request): Promise<Response> {
  const jar = await cookies();
  const cookieState = jar.get(SSO_STATE_COOKIE)?.value ?? null;
  let done;
  try {
    // The redirect URI as registered (APP_URL), with the provider's answer: behind a proxy or on
    // 127.0.0.1 the request's own URL names another host, and the token request must repeat it exactly.
    const url = new URL(ssoRedirectUri());
    url.search = new URL(request.url).search;
    done = await completeSso(getDb(), { url, cookieState });
  } catch (error) {
    if (error instanceof SsoError) return backToSignIn(request, error.reason);
    throw error;
  }
  jar.delete({ name: SSO_STATE_COOKIE, path: "/api/sso" });
  // Auth.js's "sso" provider turns the ticket into the session cookie and redirects (by throwing).
  await signIn("sso", { ticket: done.ticket, redirectTo: done.callbackUrl });
  return NextResponse.redirect(new URL(done.callbackUrl, request.url), 303);
}
