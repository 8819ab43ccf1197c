// THE permission registry: every category and toggle the product knows. Everything else
// (toggle UI, route map, built-in roles, seed, tests) is derived from this module.

export const CATEGORIES = [
  { key: "team", label: "Team Management" },
  { key: "numbers", label: "Phone Numbers" },
  { key: "callFlows", label: "Call Flows" },
  { key: "analytics", label: "Analytics & Reporting" },
  { key: "recordings", label: "Recordings & Transcripts" },
  { key: "messaging", label: "SMS & Messaging" },
  { key: "integrations", label: "Integrations" },
  { key: "billing", label: "Billing" },
] as const;

export type CategoryKey = (typeof CATEGORIES)[number]["key"];

export function categoryLabel(key: CategoryKey): string {
  return CATEGORIES.find((c) => c.key === key)!.label;
}

type Definition = {
  category: CategoryKey;
  label: string;
  description: string;
  needs: readonly string[];
  /** Worth a second look whenever someone gains or loses it (impact previews highlight it). */
  sensitive?: true;
};

const DEFINITIONS = {
  "members.view": {
    category: "team",
    label: "View members",
    description: "See the team list, each member's profile, role and status.",
    needs: [],
  },
  "members.invite": {
    category: "team",
    label: "Invite members",
    description: "Send invitations that add new people to the organisation.",
    needs: ["members.view"],
  },
  "members.edit": {
    category: "team",
    label: "Edit profiles",
    description: "Change other members' names, titles and extensions.",
    needs: ["members.view"],
  },
  "members.deactivate": {
    category: "team",
    label: "Deactivate accounts",
    description: "Deactivate and reactivate members; a deactivated member cannot sign in.",
    needs: ["members.view"],
  },
  "roles.assign": {
    category: "team",
    label: "Assign roles",
    description: "Change which role a member holds, and view roles and their permissions.",
    needs: ["members.view"],
  },
  "roles.manage": {
    category: "team",
    label: "Manage roles",
    description: "Create, edit, duplicate and delete custom roles, and read the audit log and the email delivery log.",
    needs: ["roles.assign"],
    sensitive: true,
  },
  "security.manage": {
    category: "team",
    label: "Manage security settings",
    description: "Require two-factor authentication for everyone in the organisation, and see who has it on.",
    needs: ["members.view"],
    sensitive: true,
  },
  "numbers.view": {
    category: "numbers",
    label: "View numbers",
    description: "See the organisation's phone numbers and who they ring.",
    needs: [],
  },
  "numbers.purchase": {
    category: "numbers",
    label: "Purchase numbers",
    description: "Buy new phone numbers, which adds to the monthly bill.",
    needs: ["numbers.view"],
  },
  "numbers.assign": {
    category: "numbers",
    label: "Assign numbers",
    description: "Point a number at a member or a ring group.",
    needs: ["numbers.view"],
  },
  "numbers.callerId": {
    category: "numbers",
    label: "Configure caller ID",
    description: "Choose which number members show when they call out.",
    needs: ["numbers.view"],
  },
  "callFlows.ivr": {
    category: "callFlows",
    label: "Edit IVR menus",
    description: "Change greetings and what each keypress does.",
    needs: [],
  },
  "callFlows.ringGroups": {
    category: "callFlows",
    label: "Edit ring groups",
    description: "Change who is in a ring group and how calls ring them.",
    needs: [],
  },
  "callFlows.hours": {
    category: "callFlows",
    label: "Edit business hours",
    description: "Change opening hours, time zone and holidays.",
    needs: [],
  },
  "callFlows.routing": {
    category: "callFlows",
    label: "Edit routing rules",
    description: "Change the ordered rules that decide where calls go.",
    needs: [],
  },
  "analytics.view": {
    category: "analytics",
    label: "View dashboards",
    description: "Open the analytics dashboards (own figures only, unless stats access is granted).",
    needs: [],
  },
  "analytics.export": {
    category: "analytics",
    label: "Export reports",
    description: "Download reports as CSV files that leave the product.",
    needs: ["analytics.view"],
    sensitive: true,
  },
  "analytics.teamStats": {
    category: "analytics",
    label: "Access team-wide stats",
    description: "See totals for the whole organisation.",
    needs: ["analytics.view"],
  },
  "analytics.individualStats": {
    category: "analytics",
    label: "Access individual stats",
    description: "See the figures of each member, one by one.",
    needs: ["analytics.view"],
  },
  "recordings.listen": {
    category: "recordings",
    label: "Listen to recordings",
    description: "Play call recordings and read their transcripts.",
    needs: [],
  },
  "recordings.download": {
    category: "recordings",
    label: "Download files",
    description: "Download recording audio files and transcripts.",
    needs: ["recordings.listen"],
  },
  "recordings.delete": {
    category: "recordings",
    label: "Delete recordings",
    description: "Permanently delete recordings and their transcripts.",
    needs: ["recordings.listen"],
    sensitive: true,
  },
  "messaging.view": {
    category: "messaging",
    label: "View conversations",
    description: "Read SMS conversations with customers.",
    needs: [],
  },
  "messaging.send": {
    category: "messaging",
    label: "Send messages",
    description: "Send SMS messages from the organisation's numbers.",
    needs: ["messaging.view"],
  },
  "messaging.templates": {
    category: "messaging",
    label: "Manage templates",
    description: "Create, edit and delete message templates.",
    needs: ["messaging.view"],
  },
  "integrations.view": {
    category: "integrations",
    label: "View integrations",
    description: "See which CRM and helpdesk integrations are connected.",
    needs: [],
  },
  "integrations.crm": {
    category: "integrations",
    label: "Connect or disconnect CRM integrations",
    description: "Connect or disconnect Salesforce, HubSpot and Pipedrive.",
    needs: ["integrations.view"],
  },
  "integrations.helpdesk": {
    category: "integrations",
    label: "Connect or disconnect helpdesk integrations",
    description: "Connect or disconnect Zendesk and Freshdesk.",
    needs: ["integrations.view"],
  },
  "integrations.apiKeys": {
    category: "integrations",
    label: "Manage API keys",
    description: "Create and revoke API keys that act for you through the public API, limited to permissions you hold.",
    needs: [],
    sensitive: true,
  },
  "integrations.webhooks": {
    category: "integrations",
    label: "Manage webhooks",
    description: "Add, pause and delete webhook endpoints that receive role, member and plan changes, and redeliver their events.",
    needs: [],
    sensitive: true,
  },
  "billing.view": {
    category: "billing",
    label: "View invoices",
    description: "See and download invoices.",
    needs: [],
  },
  "billing.plan": {
    category: "billing",
    label: "Change plans",
    description: "Upgrade or downgrade the organisation's plan.",
    needs: ["billing.view"],
    sensitive: true,
  },
  "billing.payment": {
    category: "billing",
    label: "Update payment methods",
    description: "Add or replace the card the organisation pays with.",
    needs: ["billing.view"],
    sensitive: true,
  },
} as const satisfies Record<string, Definition>;

export type Permission = keyof typeof DEFINITIONS;

export type PermissionInfo = Definition & { key: Permission; needs: readonly Permission[] };

export const PERMISSIONS: readonly PermissionInfo[] = Object.entries(DEFINITIONS).map(([key, def]) => ({ ...def, key: key as Permission, needs: def.needs }));

export const ALL_PERMISSIONS: readonly Permission[] = PERMISSIONS.map((p) => p.key);

const BY_KEY = new Map(PERMISSIONS.map((p) => [p.key, p]));

export function isPermission(value: string): value is Permission {
  return BY_KEY.has(value as Permission);
}

export function permissionInfo(key: Permission): PermissionInfo {
  return BY_KEY.get(key)!;
}

export function permissionLabel(key: Permission): string {
  return permissionInfo(key).label;
}

export function isSensitive(key: Permission): boolean {
  return permissionInfo(key).sensitive === true;
}

export function permissionsIn(category: CategoryKey): PermissionInfo[] {
  return PERMISSIONS.filter((p) => p.category === category);
}

/** Registry order, so stored and displayed sets are stable. */
export function sortPermissions(keys: Iterable<Permission>): Permission[] {
  const set = new Set(keys);
  return ALL_PERMISSIONS.filter((k) => set.has(k));
}

/** The permissions `key` needs, directly or through other needs. */
export function needsOf(key: Permission): Set<Permission> {
  const out = new Set<Permission>();
  const stack = [...permissionInfo(key).needs];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...permissionInfo(next).needs);
  }
  return out;
}

/** The permissions that need `key`, directly or through others. */
export function dependentsOf(key: Permission): Set<Permission> {
  return new Set(ALL_PERMISSIONS.filter((p) => needsOf(p).has(key)));
}

/** Turning `key` on or off the way the UI does: on brings its needs, off drops its dependents. */
export function toggle(current: Iterable<Permission>, key: Permission, on: boolean): Set<Permission> {
  const next = new Set(current);
  if (on) {
    next.add(key);
    for (const need of needsOf(key)) next.add(need);
  } else {
    next.delete(key);
    for (const dependent of dependentsOf(key)) next.delete(dependent);
  }
  return next;
}

/** Each permission in the set whose needs are not all in it, with what is missing. */
export function missingNeeds(keys: Iterable<Permission>): { key: Permission; missing: Permission[] }[] {
  const set = new Set(keys);
  return sortPermissions(set)
    .map((key) => ({ key, missing: [...needsOf(key)].filter((n) => !set.has(n)) }))
    .filter((entry) => entry.missing.length > 0);
}
