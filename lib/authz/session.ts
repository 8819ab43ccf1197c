// Server-side access for pages: one fresh load per request, shared by everything that
// renders in it (React cache is per request, never across requests).
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db";
import { noteUse } from "@/lib/roles/usage";
import { mustSetUpTwoFactor, TWO_FACTOR_SET_UP_ROUTE } from "@/lib/two-factor/policy";
import { accessRowFor, requestVariant, sessionFor, usesHandoff } from "@/lib/authz/request-variant";
import { sessionAccess, type Access } from "./check";
import { handedAccess } from "./handoff";
import type { Permission } from "./permissions";
import { decideRoute, DENIED_PATH_HEADER, routeRule, satisfies, type RouteKey } from "./routes";

export const currentAccess = cache(async (): Promise<Access | null> => {
  const requestHeaders = await headers();
  const variant = requestVariant(requestHeaders);
  const session = await sessionFor(variant, requestHeaders);
  if (!session) return null;
  // The row the proxy read for this very request, when it handed one over (see handoff.ts);
  // never during a server action, whose changes what renders after it must see.
  const handed = usesHandoff(variant) && !requestHeaders.has("next-action") ? handedAccess(requestHeaders, session) : null;
  return sessionAccess(getDb(), handed ?? (await accessRowFor(variant, session)), session);
});

/**
 * What the member lacks for the path the proxy refused, for the 403 page. Only wording
 * depends on this header: the refusal itself never does.
 */
export async function deniedPermissions(access: Access | null): Promise<Permission[]> {
  const path = (await headers()).get(DENIED_PATH_HEADER);
  if (!access || !path) return [];
  const decision = decideRoute(path, access.permissions);
  return decision.outcome === "deny" ? decision.missing : [];
}

/** Every page's first line: signed in, active, and allowed on this route by the route map. */
export async function requirePage(route: RouteKey): Promise<Access> {
  const access = await currentAccess();
  if (!access) redirect(route.includes("[") ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(route)}`);
  if (mustSetUpTwoFactor(access) && route !== TWO_FACTOR_SET_UP_ROUTE) redirect(TWO_FACTOR_SET_UP_ROUTE);
  if (!satisfies(access.permissions, routeRule(route).requires)) forbidden();
  noteUse(getDb(), access, routeRule(route).requires);
  return access;
}
