import { ALL_PERMISSIONS, type Permission } from "./permissions";

export const BUILT_IN_KINDS = ["owner", "admin", "agent"] as const;
export type BuiltInKind = (typeof BUILT_IN_KINDS)[number];
export type RoleKind = BuiltInKind | "custom";

const AGENT: readonly Permission[] = [
  "members.view",
  "numbers.view",
  "analytics.view",
  "recordings.listen",
  "messaging.view",
  "messaging.send",
];

// Built-in roles live in code, not in the database rows that stand for them, so a new
// permission reaches Owner and Admin without a data migration.
export const BUILT_IN_ROLES: Record<
  BuiltInKind,
  { name: string; description: string; permissions: readonly Permission[] }
> = {
  owner: {
    name: "Owner",
    description: "Full access, including billing and plan changes. Only Owners can make Owners.",
    permissions: ALL_PERMISSIONS,
  },
  admin: {
    name: "Admin",
    description: "Everything except changing plans and payment methods.",
    permissions: ALL_PERMISSIONS.filter((p) => p !== "billing.plan" && p !== "billing.payment"),
  },
  agent: {
    name: "Agent",
    description: "Handles calls and messages. The default role for new members.",
    permissions: AGENT,
  },
};

export const DEFAULT_ROLE_KIND: BuiltInKind = "agent";

export function isBuiltIn(kind: RoleKind): kind is BuiltInKind {
  return kind !== "custom";
}

/** Folds case, width, spaces and punctuation so "Admin " and "ＯＷＮＥＲ!" match. */
export function normalizeRoleName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

export function imitatesBuiltIn(name: string): boolean {
  const normalized = normalizeRoleName(name);
  return BUILT_IN_KINDS.some((kind) => normalizeRoleName(BUILT_IN_ROLES[kind].name) === normalized);
}
