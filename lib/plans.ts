import { agree, plural } from "@/lib/format";

export const PLANS = ["starter", "pro", "business", "enterprise"] as const;
export type Plan = (typeof PLANS)[number];

type Capabilities = {
  label: string;
  canUseCustomRoles: boolean;
  customRoleLimit: number;
  api: boolean;
  canUseDirectory: boolean;
  /** How long the audit log keeps entries at most, and by default; null keeps them forever. */
  auditRetentionMaxDays: number | null;
};

const PLAN_CAPABILITIES: Record<Plan, Capabilities> = {
  starter: { label: "Starter", canUseCustomRoles: false, customRoleLimit: 0, api: false, canUseDirectory: false, auditRetentionMaxDays: 365 },
  pro: { label: "Pro", canUseCustomRoles: false, customRoleLimit: 0, api: false, canUseDirectory: false, auditRetentionMaxDays: 730 },
  business: { label: "Business", canUseCustomRoles: true, customRoleLimit: 25, api: true, canUseDirectory: false, auditRetentionMaxDays: null },
  enterprise: { label: "Enterprise", canUseCustomRoles: true, customRoleLimit: 200, api: true, canUseDirectory: true, auditRetentionMaxDays: null },
};

export function auditRetentionMaxDays(plan: Plan): number | null {
  return PLAN_CAPABILITIES[plan].auditRetentionMaxDays;
}

/** Every plan's longest audit retention, for the retention job that applies them all at once. */
export const AUDIT_RETENTION_CAPS = Object.fromEntries(PLANS.map((plan) => [plan, auditRetentionMaxDays(plan)])) as Record<Plan, number | null>;

/** "1 year", "2 years", "90 days": a retention period as the plans and the setting name it. */
export const periodText = (days: number) => (days % 365 === 0 ? plural(days / 365, "year") : plural(days, "day"));

/** What a plan card says about the audit log. */
const auditRetentionFeature = (days: number | null) => (days === null ? "Audit log kept as long as you like" : `Audit log kept for ${periodText(days)}`);

/** SCIM provisioning and directory groups deciding roles. */
export function canUseDirectory(plan: Plan): boolean {
  return PLAN_CAPABILITIES[plan].canUseDirectory;
}

const DIRECTORY_PLAN: Plan = PLANS.find(canUseDirectory)!;

/** Why SCIM and directory groups are refused on a plan: one wording for the UI, the actions and the SCIM API. */
export function directoryUnavailable(plan: Plan): string {
  return `SCIM provisioning and directory groups are available on the ${planLabel(DIRECTORY_PLAN)} plan. Your organisation is on ${planLabel(plan)}.`;
}

export function canUseCustomRoles(plan: Plan): boolean {
  return PLAN_CAPABILITIES[plan].canUseCustomRoles;
}

export function customRoleLimit(plan: Plan): number {
  return PLAN_CAPABILITIES[plan].customRoleLimit;
}

export function planLabel(plan: Plan): string {
  return PLAN_CAPABILITIES[plan].label;
}

/** The first plan that includes custom roles: what the upgrade call to action offers. */
export const CUSTOM_ROLES_PLAN: Plan = PLANS.find(canUseCustomRoles)!;

/** Why custom roles are refused on a plan: one wording for the UI and the server. */
export function customRolesUnavailable(plan: Plan): string {
  return `Custom roles are available on the ${planLabel(CUSTOM_ROLES_PLAN)} plan and above. Your organisation is on ${planLabel(plan)}.`;
}

/**
 * What a plan's card lists: everything on the smallest plan, then only what each plan adds to
 * the one below, from the capabilities above, so two cards never repeat one list.
 */
export function planFeatures(plan: Plan): { base: Plan | null; adds: string[] } {
  const index = PLANS.indexOf(plan);
  if (index === 0)
    return {
      base: null,
      adds: [
        "Numbers, call flows, recordings, messaging, analytics and integrations",
        "Built-in Owner, Admin and Agent roles",
        auditRetentionFeature(auditRetentionMaxDays(plan)),
      ],
    };
  const below = PLAN_CAPABILITIES[PLANS[index - 1]];
  const here = PLAN_CAPABILITIES[plan];
  const adds = [
    here.auditRetentionMaxDays !== below.auditRetentionMaxDays && auditRetentionFeature(here.auditRetentionMaxDays),
    here.customRoleLimit > below.customRoleLimit && `Up to ${here.customRoleLimit} custom roles`,
    here.api && !below.api && "The public API and webhooks",
    canUseSso(plan) && !canUseSso(PLANS[index - 1]) && "Single sign-on (OpenID Connect)",
    here.canUseDirectory && !below.canUseDirectory && "Directory sync (SCIM) and directory groups that decide roles",
  ].filter((line): line is string => Boolean(line));
  return { base: PLANS[index - 1], adds };
}

/** A plan named in a link ("Upgrade to Business"), or null for anything else. */
export const planParam = (value: unknown): Plan | null => ((PLANS as readonly unknown[]).includes(value) ? (value as Plan) : null);

/** The plans page with that plan's confirmation open. */
export const changePlanHref = (plan: Plan) => `/billing/plans?plan=${plan}`;

/** What a downgrade left behind, for the Roles page: kept, inactive, holders acting as Agents. */
export function keptInactiveText(roles: number, members: number): string {
  const kept = `Your ${plural(roles, "custom role")} ${agree(roles, { one: "is", other: "are" })} kept but inactive`;
  const holders = `${agree(roles, { one: "its", other: "their" })} ${plural(members, "member")} ${agree(members, { one: "acts", other: "act" })}`;
  return `${kept}: ${holders} with Agent permissions until you upgrade. Nothing has been deleted.`;
}

/** The public API and its keys: Business and above. */
export function canUseApi(plan: Plan): boolean {
  return PLAN_CAPABILITIES[plan].api;
}

const API_PLAN: Plan = PLANS.find(canUseApi)!;

/** Why the API is refused on a plan: one wording for the Settings page and the API. */
export function apiUnavailable(plan: Plan): string {
  return `The API is available on the ${planLabel(API_PLAN)} plan and above. Your organisation is on ${planLabel(plan)}.`;
}

/** List price per active seat per month, in US cents: what invoices and the plan comparison show. */
const PLAN_PRICE_PER_SEAT_CENTS: Record<Plan, number> = {
  starter: 1500,
  pro: 2500,
  business: 3500,
  enterprise: 5500,
};

export function pricePerSeatCents(plan: Plan): number {
  return PLAN_PRICE_PER_SEAT_CENTS[plan];
}

/** Negative when `to` is a smaller plan than `from`. */
export function comparePlans(from: Plan, to: Plan): number {
  return PLANS.indexOf(to) - PLANS.indexOf(from);
}

/** Single sign-on (OpenID Connect) is an Enterprise capability. */
export const SSO_PLAN: Plan = "enterprise";

export function canUseSso(plan: Plan): boolean {
  return comparePlans(SSO_PLAN, plan) >= 0;
}

/** Why single sign-on is refused on a plan: one wording for the UI and the server. */
export function ssoUnavailable(plan: Plan): string {
  return `Single sign-on is available on the ${planLabel(SSO_PLAN)} plan. Your organisation is on ${planLabel(plan)}.`;
}
