import type { Permission } from "./permissions";

/** A route needs one permission, any one of several, or only a signed-in member (null). */
export type Requirement = Permission | { anyOf: readonly Permission[] } | null;

/** The navigation's sections, in order, with their headings: the app shell and the member preview both use them. */
export const NAV_GROUPS = [
  { key: "main", label: "Switchboard" },
  { key: "settings", label: "Settings" },
  { key: "help", label: "Support" },
] as const;

type NavGroup = (typeof NAV_GROUPS)[number]["key"];

type RouteRule = {
  requires: Requirement;
  public?: true;
  nav?: { label: string; group: NavGroup };
};

const CALL_FLOWS = { anyOf: ["callFlows.ivr", "callFlows.ringGroups", "callFlows.hours", "callFlows.routing"] } as const;

// Read by the proxy, by every page (requirePage) and by the navigation. The map lists every page
// and route handler there is (test/every-page-is-guarded.test.ts proves it both ways), so a path
// that matches no entry names nothing: 404. Dynamic segments are written as Next writes them: [memberId].
export const ROUTES = {
  "/sign-in": { requires: null, public: true },
  "/sign-up": { requires: null, public: true },
  "/verify-email/[token]": { requires: null, public: true },
  "/": { requires: null, nav: { label: "Overview", group: "main" } },
  "/access-denied": { requires: null },
  "/account": { requires: null },
  "/account/two-factor": { requires: null },
  "/help/custom-roles": { requires: null, nav: { label: "Help", group: "help" } },
  "/invite/[token]": { requires: null, public: true },
  "/forgot-password": { requires: null, public: true },
  // The API reference: read from the public OpenAPI document, no customer data (app/developers/page.tsx).
  "/developers": { requires: null, public: true },
  "/reset-password/[token]": { requires: null, public: true },
  // Single sign-on's two legs (lib/sso/handlers.ts): public route handlers, reviewed in test/every-handler-is-guarded.test.ts.
  "/api/sso/start": { requires: null, public: true },
  "/api/sso/callback": { requires: null, public: true },
  // Throwaway organisations for QA (lib/qa/handler.ts): a 404 unless the server has QA_TOKEN set.
  "/api/qa/organizations": { requires: null, public: true },
  // Outside production only (lib/mail/config.ts usesLocalMailbox): a 404 everywhere else.
  "/dev/mailbox": { requires: null, public: true },
  "/dev/mailbox/[emailId]": { requires: null, public: true },
  "/numbers": { requires: "numbers.view", nav: { label: "Phone Numbers", group: "main" } },
  "/numbers/buy": { requires: "numbers.purchase" },
  "/numbers/caller-id": { requires: "numbers.callerId" },
  "/numbers/[numberId]": { requires: "numbers.view" },
  "/call-flows": { requires: CALL_FLOWS, nav: { label: "Call Flows", group: "main" } },
  "/call-flows/ivr/[menuId]": { requires: CALL_FLOWS },
  "/call-flows/ring-groups/[groupId]": { requires: CALL_FLOWS },
  "/call-flows/hours": { requires: CALL_FLOWS },
  "/call-flows/routing": { requires: CALL_FLOWS },
  "/analytics": { requires: "analytics.view", nav: { label: "Analytics", group: "main" } },
  "/analytics/export": { requires: "analytics.export" },
  "/recordings": { requires: "recordings.listen", nav: { label: "Recordings", group: "main" } },
  "/recordings/[recordingId]": { requires: "recordings.listen" },
  "/recordings/[recordingId]/audio": { requires: "recordings.listen" },
  "/recordings/[recordingId]/download": { requires: "recordings.download" },
  "/messages": { requires: "messaging.view", nav: { label: "Messages", group: "main" } },
  "/messages/templates": { requires: "messaging.view" },
  "/messages/[conversationId]": { requires: "messaging.view" },
  "/integrations": { requires: "integrations.view", nav: { label: "Integrations", group: "settings" } },
  "/settings/team": { requires: "members.view", nav: { label: "Team Members", group: "settings" } },
  "/settings/team/export": { requires: "members.view" },
  "/settings/team/[memberId]": { requires: "members.view" },
  "/settings/team/[memberId]/preview": { requires: "roles.assign" },
  "/settings/roles": { requires: "roles.assign", nav: { label: "Roles & Permissions", group: "settings" } },
  "/settings/roles/new": { requires: "roles.manage" },
  "/settings/roles/compare": { requires: "roles.assign" },
  "/settings/roles/compare/export": { requires: "roles.assign" },
  "/settings/roles/[roleId]": { requires: "roles.assign" },
  "/settings/roles/[roleId]/history": { requires: "roles.manage" },
  "/settings/roles/[roleId]/review": { requires: "roles.manage" },
  "/settings/audit-log": { requires: "roles.manage", nav: { label: "Audit log", group: "settings" } },
  "/settings/audit-log/export": { requires: "roles.manage" },
  "/settings/security": { requires: "security.manage", nav: { label: "Security", group: "settings" } },
  "/settings/sso": { requires: "security.manage", nav: { label: "Single sign-on", group: "settings" } },
  // The outbox holds what the audit log records (invitations, access changes): the same permission reads both.
  "/settings/email": { requires: "roles.manage", nav: { label: "Email delivery", group: "settings" } },
  // The public API itself (/api/v1) is not in this map: it authenticates with API keys, not sessions (lib/api/handler.ts).
  "/settings/api-keys": { requires: "integrations.apiKeys", nav: { label: "API keys", group: "settings" } },
  "/settings/webhooks": { requires: "integrations.webhooks", nav: { label: "Webhooks", group: "settings" } },
  "/settings/directory-sync": { requires: "security.manage", nav: { label: "Directory sync", group: "settings" } },
  // Manage roles needs Assign roles (the registry): both, as mapping a group is assigning a role by proxy.
  "/settings/directory-groups": { requires: "roles.manage", nav: { label: "Directory groups", group: "settings" } },
  "/billing": { requires: "billing.view", nav: { label: "Billing", group: "settings" } },
  "/billing/plans": { requires: "billing.plan" },
  "/billing/payment-method": { requires: "billing.payment" },
  "/billing/invoices/[invoiceId]": { requires: "billing.view" },
  // SCIM: no session; each handler checks the organisation's bearer token (lib/scim/handler.ts).
  "/scim/v2/Users": { requires: null, public: true },
  "/scim/v2/Users/[id]": { requires: null, public: true },
  "/scim/v2/Groups": { requires: null, public: true },
  "/scim/v2/Groups/[id]": { requires: null, public: true },
  "/scim/v2/ServiceProviderConfig": { requires: null, public: true },
  "/scim/v2/Schemas": { requires: null, public: true },
  "/scim/v2/ResourceTypes": { requires: null, public: true },
} as const satisfies Record<string, RouteRule>;

export type RouteKey = keyof typeof ROUTES;

/** Set by the proxy on a refused request: the path, so the 403 page can name what is missing. */
export const DENIED_PATH_HEADER = "x-switchboard-denied-path";

const ENTRIES = Object.entries(ROUTES) as [RouteKey, RouteRule][];

function segmentsMatch(pattern: string, pathname: string): boolean {
  const want = pattern.split("/");
  const have = pathname.split("/");
  if (want.length !== have.length) return false;
  // A literal segment ("new") wins over a dynamic one through the ordering in matchRoute.
  return want.every((seg, i) => (seg.startsWith("[") && have[i] !== "") || seg === have[i]);
}

/** The map entry for a path, literal entries before dynamic ones; null when none. */
export function matchRoute(pathname: string): RouteKey | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const literal = ENTRIES.find(([pattern]) => !pattern.includes("[") && pattern === path);
  if (literal) return literal[0];
  return ENTRIES.find(([pattern]) => segmentsMatch(pattern, path))?.[0] ?? null;
}

export function routeRule(key: RouteKey): RouteRule {
  return ROUTES[key];
}

/** The permissions a requirement asks for, for the 403 page: all of them for anyOf. */
export function requiredPermissions(requirement: Requirement): Permission[] {
  if (requirement === null) return [];
  return typeof requirement === "string" ? [requirement] : [...requirement.anyOf];
}

export function satisfies(permissions: ReadonlySet<Permission>, requirement: Requirement): boolean {
  if (requirement === null) return true;
  if (typeof requirement === "string") return permissions.has(requirement);
  return requirement.anyOf.some((p) => permissions.has(p));
}

export type RouteDecision =
  | { outcome: "public" }
  | { outcome: "sign-in" }
  | { outcome: "not-found" }
  | { outcome: "allow"; route: RouteKey }
  | { outcome: "deny"; route: RouteKey; missing: Permission[] };

/** One decision for the proxy and the pages alike. Signed out, even an unknown path asks to sign in: what exists is not told. */
export function decideRoute(pathname: string, permissions: ReadonlySet<Permission> | null): RouteDecision {
  const route = matchRoute(pathname);
  const rule = route ? routeRule(route) : null;
  if (rule?.public) return { outcome: "public" };
  if (!permissions) return { outcome: "sign-in" };
  if (!route || !rule) return { outcome: "not-found" };
  if (satisfies(permissions, rule.requires)) return { outcome: "allow", route };
  return { outcome: "deny", route, missing: requiredPermissions(rule.requires) };
}

export type NavItem = { href: RouteKey; label: string; group: NavGroup };

/** What the navigation shows, section by section (NAV_GROUPS), in map order within each. */
export function navigationFor(permissions: ReadonlySet<Permission>): NavItem[] {
  const items = ENTRIES.flatMap(([href, rule]) => (rule.nav && satisfies(permissions, rule.requires) ? [{ href, ...rule.nav }] : []));
  return NAV_GROUPS.flatMap((group) => items.filter((item) => item.group === group.key));
}
