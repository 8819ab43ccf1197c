// Loads the roles a comparison names, from the requester's organisation only.
import type { Db } from "@/db";
import { listRoles } from "@/db/queries/roles";
import type { Access } from "@/lib/authz/check";
import { configuredPermissions } from "@/lib/authz/check";
import { canUseCustomRoles } from "@/lib/plans";
import { notFound } from "@/lib/errors";
import { compareRoles, type ComparedRole, type CompareQuery } from "./compare";
import { roleOrigin } from "./templates";

/**
 * The named roles in the order given, then the origin; every role of the organisation when
 * none is named. An id of another organisation (or none) is not found, like everywhere else.
 */
export async function loadComparison(db: Db, actor: Pick<Access, "orgId" | "plan">, query: Pick<CompareQuery, "roles" | "origin">) {
  const all = await listRoles(db, actor.orgId);
  const byId = new Map(all.map((r) => [r.id, r]));
  const picked = query.roles.length || query.origin ? query.roles.map((id) => byId.get(id)) : all;
  if (picked.some((r) => !r)) throw notFound("A role to compare");
  const inactive = !canUseCustomRoles(actor.plan);
  const columns: ComparedRole[] = picked.map((r) => ({
    id: r!.id,
    name: r!.name,
    note: r!.kind !== "custom" ? "Built-in" : inactive ? "Inactive" : "Custom",
    permissions: configuredPermissions(r!.kind, r!.permissions),
  }));
  const origin = roleOrigin(query.origin);
  if (origin)
    columns.push({ id: origin.key, name: origin.name, note: origin.source === "built-in" ? "Built-in" : "Template", permissions: origin.permissions });
  return compareRoles(columns);
}
