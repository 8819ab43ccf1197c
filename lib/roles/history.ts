// What the role history records, written inside the caller's transaction, and how the
// History tab reads it back.
import type { Db } from "@/db";
import { insertRoleVersion } from "@/db/queries/role-history";
import type { Role, RoleMemberChange, RoleVersion, RoleVersionKind } from "@/db/schema";
import type { Actor } from "@/lib/audit/entry";

export async function recordRoleVersion(
  tx: Db,
  actor: Actor,
  role: Pick<Role, "id" | "version" | "name" | "description" | "permissions">,
  change: { kind: RoleVersionKind; added: readonly string[]; removed: readonly string[]; restoredFromVersion?: number },
) {
  await insertRoleVersion(tx, {
    orgId: actor.orgId,
    roleId: role.id,
    version: role.version,
    kind: change.kind,
    name: role.name,
    description: role.description,
    permissions: role.permissions,
    added: [...change.added],
    removed: [...change.removed],
    restoredFromVersion: change.restoredFromVersion ?? null,
    actorId: actor.memberId,
    actorName: actor.name,
  });
}

// The History tab's entries: saved versions and membership changes, newest first.
export type TimelineEntry = { type: "version"; at: Date; version: RoleVersion; renamedFrom?: string } | { type: "member"; at: Date; change: RoleMemberChange };

export function roleTimeline(versions: RoleVersion[], changes: RoleMemberChange[]): TimelineEntry[] {
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  const entries: TimelineEntry[] = [
    ...versions.map((version) => {
      const previous = byNumber.get(version.version - 1);
      const renamedFrom = previous && previous.name !== version.name ? previous.name : undefined;
      return { type: "version" as const, at: version.createdAt, version, renamedFrom };
    }),
    ...changes.map((change) => ({ type: "member" as const, at: change.createdAt, change })),
  ];
  // Versions before member changes at the same instant: a role exists before anyone joins it.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.type === b.type ? 0 : a.type === "member" ? -1 : 1));
}
