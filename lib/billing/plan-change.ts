// Changing plan through the core downgrade policy (lib/orgs/service.ts changePlan): custom
// roles are kept, inactive below Business with their holders acting as Agents, and restored
// on upgrade. A downgrade that makes roles inactive must confirm exactly what it affects.
import type { Db } from "@/db";
import { customRoleHolders } from "@/db/queries/billing";
import { findOrganization, lockOrganization } from "@/db/queries/orgs";
import type { Access } from "@/lib/authz/check";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { changePlan } from "@/lib/orgs/service";
import { canUseCustomRoles, planLabel, type Plan } from "@/lib/plans";
import { plural } from "@/lib/format";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";

export type RoleImpact = Awaited<ReturnType<typeof customRoleHolders>>;

/** Whether moving between these plans turns custom roles off. */
export const deactivatesCustomRoles = (from: Plan, to: Plan) => canUseCustomRoles(from) && !canUseCustomRoles(to);

/** The custom roles a move to `to` makes inactive, with their holders; empty when none. */
export async function downgradeImpact(db: Db, orgId: string, from: Plan, to: Plan): Promise<RoleImpact> {
  return deactivatesCustomRoles(from, to) ? customRoleHolders(db, orgId) : [];
}

export const affectedMemberCount = (impact: RoleImpact) => impact.reduce((sum, role) => sum + role.members.length, 0);

type Input = { orgId: string; plan: Plan; inactiveRoles?: number; affectedMembers?: number };

export async function changeOrganizationPlan(db: Db, actor: Access, input: Input) {
  assertOwnOrganization(actor, input.orgId);
  return db.transaction(async (tx) => {
    // Under the organisation's lock nobody creates or assigns a custom role until this commits.
    await lockOrganization(tx, actor.orgId);
    const org = await findOrganization(tx, actor.orgId);
    if (!org) throw notFound("That organisation");
    const from = org.plan;
    const endsTrial = org.trialEndsAt !== null;
    if (from === input.plan && !endsTrial) return { from, to: input.plan, changed: false, endsTrial, impact: [] as RoleImpact };
    const impact = await downgradeImpact(tx, actor.orgId, from, input.plan);
    if (impact.length) {
      const members = affectedMemberCount(impact);
      if (input.inactiveRoles === undefined || input.affectedMembers === undefined) {
        throw invalid(`Moving to ${planLabel(input.plan)} makes custom roles inactive. Confirm it from the plan page, which lists them.`);
      }
      if (input.inactiveRoles !== impact.length || input.affectedMembers !== members) {
        throw new DomainError(
          "conflict",
          `The custom roles changed since you opened the confirmation (${plural(impact.length, "role")} and ${plural(members, "member")} now, ${plural(input.inactiveRoles, "role")} and ${plural(input.affectedMembers, "member")} listed). Review the list and try again.`,
        );
      }
    }
    await changePlan(tx, { orgId: actor.orgId, memberId: actor.memberId, name: actor.name }, input.plan);
    return { from, to: input.plan, changed: true, endsTrial, impact };
  });
}
