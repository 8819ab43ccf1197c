// A role edit refused as stale: what the other save changed underneath, and the person's own
// edits replayed on top of the newer version (their changes win where both touched a field).
// Pure: the role form imports it.
import { permissionLabel, sortPermissions, toggle, type Permission } from "@/lib/authz/permissions";

export type RoleFields = { name: string; description: string; permissions: readonly Permission[] };

const minus = (a: readonly Permission[], b: readonly Permission[]) => sortPermissions(a.filter((p) => !b.includes(p)));

/** One line per difference from `before` to `after`, in words. */
export function describeRoleChanges(before: RoleFields, after: RoleFields): string[] {
  const on = minus(after.permissions, before.permissions);
  const off = minus(before.permissions, after.permissions);
  return [
    before.name !== after.name && `Name: “${before.name}” → “${after.name}”`,
    before.description !== after.description && (after.description ? `Description: “${after.description}”` : "Description removed"),
    on.length > 0 && `Turned on: ${on.map(permissionLabel).join(", ")}`,
    off.length > 0 && `Turned off: ${off.map(permissionLabel).join(", ")}`,
  ].filter((line): line is string => Boolean(line));
}

/** `mine` was edited from `base`; `latest` was saved meanwhile. Replays the edits on `latest`, toggles with their needs. */
export function rebaseRoleEdits(base: RoleFields, mine: RoleFields, latest: RoleFields): RoleFields {
  let permissions = new Set(latest.permissions);
  for (const key of minus(mine.permissions, base.permissions)) permissions = toggle(permissions, key, true);
  for (const key of minus(base.permissions, mine.permissions)) permissions = toggle(permissions, key, false);
  return {
    name: mine.name !== base.name ? mine.name : latest.name,
    description: mine.description !== base.description ? mine.description : latest.description,
    permissions: sortPermissions(permissions),
  };
}
