import { resembles } from "@/lib/text/names";
import { ALL_PERMISSIONS, type Permission } from "./permissions";

export const BUILT_IN_KINDS = ["owner", "admin", "agent"] as const;
export type BuiltInKind = (typeof BUILT_IN_KINDS)[number];
export type RoleKind = BuiltInKind | "custom";

const AGENT: readonly Permission[] = ["members.view", "numbers.view", "analytics.view", "recordings.listen", "messaging.view", "messaging.send"];

// Built-in roles live in code, not in the database rows that stand for them, so a new
// permission reaches Owner and Admin without a data migration.
export const BUILT_IN_ROLES: Record<BuiltInKind, { name: string; description: string; permissions: readonly Permission[] }> = {
  owner: {
    name: "Owner",
    description: "Full access, including billing and plan changes. Only Owners can make Owners.",
    permissions: ALL_PERMISSIONS,
  },
  admin: {
    name: "Admin",
    description: "Everything except changing plans, payment methods and security settings.",
    permissions: ALL_PERMISSIONS.filter((p) => p !== "billing.plan" && p !== "billing.payment" && p !== "security.manage"),
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

/**
 * Whether a name passes for a built-in role's: case, width, accents, spaces, punctuation and
 * look-alike letters aside, so "admin ", "ＯＷＮＥＲ!", "Оwner" (Cyrillic О) and "Adrnin" all do.
 */
export function imitatesBuiltIn(name: string): boolean {
  return BUILT_IN_KINDS.some((kind) => resembles(name, BUILT_IN_ROLES[kind].name));
}
