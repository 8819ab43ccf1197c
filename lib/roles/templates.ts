// Job-function starting points for Create Role. A template is only a
// prefill: the saved role is checked like any other (needs met, nothing beyond the creator).
import { BUILT_IN_KINDS, BUILT_IN_ROLES, type BuiltInKind } from "@/lib/authz/built-in-roles";
import { sortPermissions, type Permission } from "@/lib/authz/permissions";

export type RoleTemplate = {
  key: string;
  name: string;
  description: string;
  permissions: readonly Permission[];
};

export const ROLE_TEMPLATES = [
  {
    key: "qa-supervisor",
    name: "QA Supervisor",
    description: "Reviews call quality: listens to recordings and reads each agent's figures, without exporting or deleting.",
    permissions: ["members.view", "analytics.view", "analytics.individualStats", "recordings.listen", "messaging.view"],
  },
  {
    key: "sales-manager",
    name: "Sales Manager",
    description: "Runs a sales team: team and individual stats, reports, recordings, messages and the CRM.",
    permissions: [
      "members.view",
      "numbers.view",
      "analytics.view",
      "analytics.export",
      "analytics.teamStats",
      "analytics.individualStats",
      "recordings.listen",
      "messaging.view",
      "messaging.send",
      "messaging.templates",
      "integrations.view",
      "integrations.crm",
    ],
  },
  {
    key: "billing-admin",
    name: "Billing Admin",
    description: "Looks after invoices, the plan and the payment card, and sees the numbers that are billed.",
    permissions: ["members.view", "numbers.view", "billing.view", "billing.plan", "billing.payment"],
  },
  {
    key: "regional-manager",
    name: "Regional Manager",
    description: "Manages a region's team and phone setup: invites and edits members, assigns roles and numbers, edits call flows.",
    permissions: [
      "members.view",
      "members.invite",
      "members.edit",
      "roles.assign",
      "numbers.view",
      "numbers.assign",
      "numbers.callerId",
      "callFlows.ivr",
      "callFlows.ringGroups",
      "callFlows.hours",
      "callFlows.routing",
      "analytics.view",
      "analytics.teamStats",
      "analytics.individualStats",
      "recordings.listen",
      "messaging.view",
    ],
  },
  {
    key: "read-only-auditor",
    name: "Read-only Auditor",
    description: "Sees everything that can be viewed, changes nothing: no sending, downloading, exporting or role changes.",
    permissions: [
      "members.view",
      "numbers.view",
      "analytics.view",
      "analytics.teamStats",
      "analytics.individualStats",
      "recordings.listen",
      "messaging.view",
      "integrations.view",
      "billing.view",
    ],
  },
] as const satisfies readonly RoleTemplate[];

export type TemplateKey = (typeof ROLE_TEMPLATES)[number]["key"];

export const TEMPLATE_KEYS = ROLE_TEMPLATES.map((t) => t.key) as [TemplateKey, ...TemplateKey[]];

export function findTemplate(key: string): RoleTemplate | null {
  return ROLE_TEMPLATES.find((t) => t.key === key) ?? null;
}

/** A template's permissions in registry order, for the form. */
export function templatePermissions(template: RoleTemplate): Permission[] {
  return sortPermissions(template.permissions);
}

// What a custom role was started from (roles.based_on): a built-in role or a template, both
// defined in code, so the comparison shows what they grant today.
export type RoleOrigin = { key: string; name: string; source: "built-in" | "template"; permissions: Permission[] };

const isBuiltInKind = (value: string): value is BuiltInKind => (BUILT_IN_KINDS as readonly string[]).includes(value);

/** The origin a stored key names; null for none, or for a key no longer defined. */
export function roleOrigin(basedOn: string | null | undefined): RoleOrigin | null {
  if (!basedOn) return null;
  if (isBuiltInKind(basedOn)) {
    const role = BUILT_IN_ROLES[basedOn];
    return { key: basedOn, name: role.name, source: "built-in", permissions: [...role.permissions] };
  }
  const template = findTemplate(basedOn);
  return template ? { key: template.key, name: template.name, source: "template", permissions: sortPermissions(template.permissions) } : null;
}
