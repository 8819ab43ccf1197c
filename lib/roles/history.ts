// What the role history records, written inside the caller's transaction.
import type { Db } from "@/db";
import { insertMemberChanges, insertRoleVersion } from "@/db/queries/role-history";
import type { Role, RoleVersionKind } from "@/db/schema";
import type { Access } from "@/lib/authz/check";

type Actor = Pick<Access, "orgId" | "memberId" | "name">;

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

type Moved = { id: string; name: string };

/** Members leaving one role for another: a "removed" entry on the first, an "added" on the second. */
export async function recordMembership(tx: Db, actor: Actor, moves: { from?: string; to?: string; members: Moved[] }) {
  const rows = (roleId: string | undefined, change: "added" | "removed") =>
    roleId
      ? moves.members.map((m) => ({
          orgId: actor.orgId,
          roleId,
          memberId: m.id,
          memberName: m.name,
          change,
          actorId: actor.memberId,
          actorName: actor.name,
        }))
      : [];
  await insertMemberChanges(tx, [...rows(moves.from, "removed"), ...rows(moves.to, "added")]);
}
