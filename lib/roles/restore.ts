// Restoring an earlier version is an edit like any other: same rules, same stale-version
// refusal, recorded as a new version that names the one it restored.
import type { Db } from "@/db";
import { findRoleVersion } from "@/db/queries/role-history";
import type { Access } from "@/lib/authz/check";
import { isPermission, sortPermissions } from "@/lib/authz/permissions";
import { notFound } from "@/lib/errors";
import { updateRole } from "./service";

export async function restoreRoleVersion(db: Db, actor: Access, input: { roleId: string; fromVersion: number; version: number }) {
  const earlier = await findRoleVersion(db, actor.orgId, input.roleId, input.fromVersion);
  if (!earlier) throw notFound("That version");
  const saved = await updateRole(
    db,
    actor,
    {
      roleId: input.roleId,
      version: input.version,
      name: earlier.name,
      description: earlier.description,
      permissions: sortPermissions(earlier.permissions.filter(isPermission)),
    },
    { restoredFromVersion: earlier.version },
  );
  return { role: saved, changed: saved.version !== input.version, fromVersion: earlier.version };
}
