// What a custom role was started from (roles.based_on): a built-in role or a template, both
// defined in code, so the comparison shows what they grant today.
import { BUILT_IN_KINDS, BUILT_IN_ROLES, type BuiltInKind } from "@/lib/authz/built-in-roles";
import { sortPermissions, type Permission } from "@/lib/authz/permissions";
import { findTemplate } from "./templates";

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
