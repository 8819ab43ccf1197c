// The impact of a pending role change, per affected member, read from the database of the
// actor's organisation only. Nothing here writes: the change itself re-checks everything.
import type { Db } from "@/db";
import { holdersWithRole } from "@/db/queries/role-holders";
import { findRole, listRoles } from "@/db/queries/roles";
import { configuredPermissions, rolePermissions, type Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES, type RoleKind } from "@/lib/authz/built-in-roles";
import type { Permission } from "@/lib/authz/permissions";
import { notFound } from "@/lib/errors";
import { canUseCustomRoles, type Plan } from "@/lib/plans";
import { memberImpact, type MemberImpact } from "./impact";
import { assertCustom } from "./rules";

/** More holders than this are counted, not listed, in a confirmation. */
const IMPACT_LIST_LIMIT = 500;

const agentPermissions = () => configuredPermissions("agent", []);

/** Saving the role with these permissions: every holder moves from its current to its new set. */
export async function roleEditImpact(db: Db, actor: Access, input: { roleId: string; name?: string; permissions: Permission[] }) {
  const role = await findRole(db, actor.orgId, input.roleId);
  if (!role) throw notFound("That role");
  assertCustom(role.kind);
  const holders = await holdersWithRole(db, actor.orgId, role.id, IMPACT_LIST_LIMIT);
  const before = rolePermissions(role.kind, role.permissions, actor.plan);
  const after = rolePermissions(role.kind, input.permissions, actor.plan);
  return holders.map((m) => memberImpact(m, { role: role.name, permissions: before }, { role: input.name ?? role.name, permissions: after }));
}

/** Deleting the role: every holder moves to Agent. */
export async function roleDeleteImpact(db: Db, actor: Access, roleId: string): Promise<MemberImpact[]> {
  const role = await findRole(db, actor.orgId, roleId);
  if (!role) throw notFound("That role");
  assertCustom(role.kind);
  const holders = await holdersWithRole(db, actor.orgId, role.id, IMPACT_LIST_LIMIT);
  const before = rolePermissions(role.kind, role.permissions, actor.plan);
  return holders.map((m) => memberImpact(m, { role: role.name, permissions: before }, { role: BUILT_IN_ROLES.agent.name, permissions: agentPermissions() }));
}

type Holder = { id: string; name: string; email: string; roleName: string; roleKind: RoleKind; rolePermissions: readonly string[] };
type Target = { id: string; name: string; kind: RoleKind; permissions: readonly string[] };

/** Assigning each of these roles to one member, keyed by role id (what the member page offers). */
export function assignmentImpacts(plan: Plan, member: Holder, targets: readonly Target[]): Record<string, MemberImpact> {
  const from = { role: member.roleName, permissions: rolePermissions(member.roleKind, member.rolePermissions, plan) };
  return Object.fromEntries(
    targets.map((t) => [t.id, memberImpact(member, from, { role: t.name, permissions: rolePermissions(t.kind, t.permissions, plan) })]),
  );
}

/**
 * Moving the organisation to `to`: below Business every custom role's holders act as Agents;
 * back up, they get their roles again. Everyone else keeps what they have.
 */
export async function planChangeImpact(db: Db, actor: Access, to: Plan): Promise<MemberImpact[]> {
  const from = actor.plan;
  if (canUseCustomRoles(from) === canUseCustomRoles(to)) return [];
  const custom = (await listRoles(db, actor.orgId)).filter((r) => r.kind === "custom");
  const impacts: MemberImpact[] = [];
  for (const role of custom) {
    const label = (plan: Plan) => (canUseCustomRoles(plan) ? role.name : `${role.name} (inactive: acts as Agent)`);
    for (const m of await holdersWithRole(db, actor.orgId, role.id, IMPACT_LIST_LIMIT)) {
      impacts.push(
        memberImpact(
          m,
          { role: label(from), permissions: rolePermissions("custom", role.permissions, from) },
          { role: label(to), permissions: rolePermissions("custom", role.permissions, to) },
        ),
      );
    }
  }
  return impacts;
}
