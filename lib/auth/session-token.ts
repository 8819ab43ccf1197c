import { getToken } from "next-auth/jwt";
import { authSecret } from "./secret";

/**
 * The member a request's session cookie names, read without touching the cookie. Auth.js's
 * own proxy wrapper re-issues the cookie on every response, so an in-flight prefetch that
 * lands after "Sign out" would bring the session back.
 */
export async function sessionMemberId(request: Request): Promise<string | null> {
  const secureCookie = (request.headers.get("cookie") ?? "").includes("__Secure-authjs.session-token");
  const token = await getToken({ req: request, secret: authSecret(), secureCookie });
  return typeof token?.memberId === "string" ? token.memberId : null;
}
