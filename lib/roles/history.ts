// What the role history records, written inside the caller's transaction.
import type { Db } from "@/db";
import { insertRoleVersion } from "@/db/queries/role-history";
import type { Role, RoleVersionKind } from "@/db/schema";

type Actor = { orgId: string; memberId: string | null; name: string };

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
