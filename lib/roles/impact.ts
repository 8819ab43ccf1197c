// Who gains or loses what when a role changes: pure, so every preview (Save Role, Delete
// Role, assigning, bulk assigning, a plan downgrade) shows the same answer, tested once.
import { isSensitive, permissionLabel, sortPermissions, type Permission } from "@/lib/authz/permissions";

export type PermissionChange = { key: Permission; label: string; sensitive: boolean };

export type PermissionDiff = { gains: PermissionChange[]; losses: PermissionChange[] };

export type MemberImpact = PermissionDiff & {
  id: string;
  name: string;
  email: string;
  /** The role before and after, by name; the same name when the role itself changes. */
  fromRole: string;
  toRole: string;
};

const change = (key: Permission): PermissionChange => ({ key, label: permissionLabel(key), sensitive: isSensitive(key) });

/** What moving from `before` to `after` adds and takes away, in registry order. */
export function permissionDiff(before: Iterable<Permission>, after: Iterable<Permission>): PermissionDiff {
  const was = new Set(before);
  const will = new Set(after);
  return {
    gains: sortPermissions([...will].filter((p) => !was.has(p))).map(change),
    losses: sortPermissions([...was].filter((p) => !will.has(p))).map(change),
  };
}

type Person = { id: string; name: string; email: string };
type Side = { role: string; permissions: Iterable<Permission> };

export function memberImpact(member: Person, from: Side, to: Side): MemberImpact {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    fromRole: from.role,
    toRole: to.role,
    ...permissionDiff(from.permissions, to.permissions),
  };
}

export const hasChanges = (impact: PermissionDiff) => impact.gains.length > 0 || impact.losses.length > 0;

export type ImpactSummary = {
  members: number;
  /** Members whose permissions change at all. */
  changed: number;
  gainingSensitive: number;
  losingSensitive: number;
};

export function summarizeImpact(impacts: readonly PermissionDiff[]): ImpactSummary {
  return {
    members: impacts.length,
    changed: impacts.filter(hasChanges).length,
    gainingSensitive: impacts.filter((i) => i.gains.some((g) => g.sensitive)).length,
    losingSensitive: impacts.filter((i) => i.losses.some((l) => l.sensitive)).length,
  };
}
