// Server-side access for pages: one fresh load per request, shared by everything that
// renders in it (React cache is per request, never across requests).
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { loadAccess, type Access } from "./check";
import { routeRule, satisfies, type RouteKey } from "./routes";

export const currentAccess = cache(async (): Promise<Access | null> => {
  const session = await auth();
  return session?.memberId ? loadAccess(getDb(), session.memberId) : null;
});

/** Every page's first line: signed in, active, and allowed on this route by the route map. */
export async function requirePage(route: RouteKey): Promise<Access> {
  const access = await currentAccess();
  if (!access) redirect(route.includes("[") ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(route)}`);
  if (!satisfies(access.permissions, routeRule(route).requires)) forbidden();
  return access;
}
