import { permissionLabel, type Permission } from "@/lib/authz/permissions";

const names = (keys: Permission[]) => keys.map(permissionLabel).join(", ");

/** What a toggle did beyond itself, said out loud: the dependency rules are never silent. */
export function describeToggle(before: Set<Permission>, after: Set<Permission>, changed: Permission, on: boolean): string {
  const label = permissionLabel(changed);
  if (on) {
    const alsoOn = [...after].filter((p) => p !== changed && !before.has(p));
    return alsoOn.length ? `${label} on. Also turned on ${names(alsoOn)}, which it needs.` : `${label} on.`;
  }
  const alsoOff = [...before].filter((p) => p !== changed && !after.has(p));
  return alsoOff.length ? `${label} off. Also turned off ${names(alsoOff)}, which needs it.` : `${label} off.`;
}
