// An organisation that requires two-factor sends each member without it to set it up first:
// the proxy redirects, every page guard redirects, and every action and route handler refuses,
// except those of the set-up itself (and signing out, which needs no session).
import type { Access } from "@/lib/authz/check";
import type { RouteKey } from "@/lib/authz/routes";

export const TWO_FACTOR_SET_UP_ROUTE = "/account/two-factor" satisfies RouteKey;

export const TWO_FACTOR_REQUIRED_MESSAGE = "Your organisation requires two-factor authentication. Set up two-factor to continue.";

export function mustSetUpTwoFactor(access: Pick<Access, "twoFactorOn" | "twoFactorRequired">): boolean {
  return access.twoFactorRequired && !access.twoFactorOn;
}
