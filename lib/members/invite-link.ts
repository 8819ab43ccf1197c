import { headers } from "next/headers";

export const invitePath = (token: string) => `/invite/${token}`;

/**
 * The link as the inviter's own browser reached the app (proxy headers first, as Auth.js
 * trusts them with trustHost). Outside a request (tests, scripts) there are no headers to
 * read, and the path alone is returned.
 */
export async function inviteLink(token: string): Promise<string> {
  try {
    const h = await headers();
    const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
    const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
    return host ? new URL(invitePath(token), `${proto}://${host}`).toString() : invitePath(token);
  } catch {
    return invitePath(token);
  }
}
