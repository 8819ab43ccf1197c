// "What can this person do, and why?": every permission a member holds,
// the role that grants it, and what the plan does to it. Built on rolePermissions(), the
// same function loadAccess() uses, so the answer is the one the server enforces.
import type { Db } from "@/db";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { configuredPermissions, rolePermissions } from "@/lib/authz/check";
import { BUILT_IN_ROLES, type RoleKind } from "@/lib/authz/built-in-roles";
import { categoryLabel, PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { navigationFor, type NavItem } from "@/lib/authz/routes";
import { canUseCustomRoles, CUSTOM_ROLES_PLAN, planLabel, type Plan } from "@/lib/plans";

type EffectiveRow = {
  key: Permission;
  label: string;
  category: string;
  /** Whether the member holds it now (as an active member). */
  held: boolean;
  /** The role it comes from: their role, or Agent standing in for an inactive custom role. */
  grantedBy: string | null;
  /** What the plan does to it, when anything. */
  planEffect: string | null;
};

export type EffectiveAccess = {
  member: { id: string; name: string; status: "active" | "deactivated" };
  role: { id: string; name: string; kind: RoleKind };
  plan: Plan;
  /** A custom role kept through a downgrade: the member acts as an Agent meanwhile. */
  roleInactive: boolean;
  /** What they hold, in registry order (empty while deactivated: they cannot sign in). */
  holds: Permission[];
  rows: EffectiveRow[];
};

type Facts = {
  member: EffectiveAccess["member"];
  role: EffectiveAccess["role"] & { permissions: readonly string[] };
  plan: Plan;
};

/** The explanation for one member's facts: pure, so every case is tested on its own. */
export function explainAccess({ member, role, plan }: Facts): EffectiveAccess {
  const configured = new Set(configuredPermissions(role.kind, role.permissions));
  const effective = new Set(rolePermissions(role.kind, role.permissions, plan));
  const roleInactive = role.kind === "custom" && !canUseCustomRoles(plan);
  const agent = BUILT_IN_ROLES.agent.name;
  const upgrade = `returns on the ${planLabel(CUSTOM_ROLES_PLAN)} plan`;
  const rows = PERMISSIONS.filter((p) => configured.has(p.key) || effective.has(p.key)).map((p) => {
    const held = effective.has(p.key);
    const fromRole = configured.has(p.key);
    let planEffect: string | null = null;
    if (roleInactive && held && fromRole) planEffect = `Kept: ${agent} also grants it`;
    else if (roleInactive && held) planEffect = `Granted by ${agent} while ${role.name} is inactive on ${planLabel(plan)}`;
    else if (roleInactive) planEffect = `Not held: ${role.name} is inactive on ${planLabel(plan)} (${upgrade})`;
    return {
      key: p.key,
      label: p.label,
      category: categoryLabel(p.category),
      held,
      grantedBy: held ? (roleInactive ? agent : role.name) : null,
      planEffect,
    };
  });
  const holds = member.status === "active" ? rows.filter((r) => r.held).map((r) => r.key) : [];
  return { member, role: { id: role.id, name: role.name, kind: role.kind }, plan, roleInactive, holds, rows };
}

/** One member of the organisation, explained on its plan; null when not found there. */
export async function effectiveAccessOf(db: Db, org: { orgId: string; plan: Plan }, memberId: string): Promise<EffectiveAccess | null> {
  const row = await findMemberProfile(db, org.orgId, memberId);
  if (!row) return null;
  return explainAccess({
    member: { id: row.id, name: row.name, status: row.status },
    role: { id: row.roleId, name: row.roleName, kind: row.roleKind, permissions: row.rolePermissions },
    plan: org.plan,
  });
}

/** The navigation the member would see: the app shell's own function, on what they hold; none while deactivated. */
export function previewNavigation(access: EffectiveAccess): NavItem[] {
  return access.member.status === "active" ? navigationFor(new Set(access.holds)) : [];
}
