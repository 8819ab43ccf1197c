import type { Permission } from "./permissions";

/** Permissions whose grant Owners are told about: money, deletion, data leaving, and power over roles. */
export const SENSITIVE_PERMISSIONS: readonly Permission[] = [
  "recordings.delete",
  "billing.plan",
  "billing.payment",
  "roles.manage",
  "analytics.export",
];

export function isSensitive(permission: Permission): boolean {
  return SENSITIVE_PERMISSIONS.includes(permission);
}
