import type { Db } from "@/db";
import { findBuiltInRole } from "@/db/queries/roles";
import { endTrial, lockOrganization, findOrganization } from "@/db/queries/orgs";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry, type Actor } from "@/lib/audit/entry";
import { members, organizations, roles } from "@/db/schema";
import { BUILT_IN_KINDS, BUILT_IN_ROLES, type BuiltInKind } from "@/lib/authz/built-in-roles";
import { hashPassword } from "@/lib/auth/password";
import { notFound } from "@/lib/errors";
import { changeAccess } from "@/lib/roles/access-change";
import { formatDate } from "@/lib/format";
import { planLabel, type Plan } from "@/lib/plans";

/** A new organisation always comes with its three built-in roles. */
export async function createOrganization(db: Db, input: { name: string; plan: Plan; isDemo?: boolean; trialEndsAt?: Date }) {
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organizations).values(input).returning();
    await tx.insert(roles).values(
      BUILT_IN_KINDS.map((kind) => ({
        orgId: org.id,
        kind,
        name: BUILT_IN_ROLES[kind].name,
        description: BUILT_IN_ROLES[kind].description,
      })),
    );
    return org;
  });
}

export type NewMemberInput = {
  name: string;
  email: string;
  password: string;
  title?: string;
  status?: "active" | "deactivated";
  /** Signed up: their address is not proven until they open the verification link. */
  unverified?: true;
} & ({ roleKind: BuiltInKind } | { roleId: string });

export async function addMember(db: Db, orgId: string, input: NewMemberInput, passwordHash?: string) {
  const roleId = "roleId" in input ? input.roleId : (await findBuiltInRole(db, orgId, input.roleKind)).id;
  const [row] = await db
    .insert(members)
    .values({
      orgId,
      roleId,
      name: input.name,
      email: input.email.trim().toLowerCase(),
      title: input.title,
      status: input.status ?? "active",
      ...(input.unverified ? { emailVerifiedAt: null } : {}),
      passwordHash: passwordHash ?? (await hashPassword(input.password)),
    })
    .returning();
  return row;
}

/**
 * Sign-up: a new organisation on a Business trial, with its three built-in roles and the person
 * signing up as its Owner (email not yet verified), audited, in the caller's transaction.
 */
export async function createOrganizationWithOwner(
  tx: Db,
  input: { orgName: string; trialEndsAt: Date; owner: { name: string; email: string }; passwordHash: string },
) {
  const org = await createOrganization(tx, { name: input.orgName, plan: "business", trialEndsAt: input.trialEndsAt });
  const owner = await addMember(tx, org.id, { ...input.owner, password: "", roleKind: "owner", unverified: true }, input.passwordHash);
  await recordAudit(tx, {
    orgId: org.id,
    actorId: owner.id,
    actorName: owner.name,
    action: "org.created",
    targetId: org.id,
    targetName: org.name,
    details: { lines: [`Owner: ${owner.name} (${owner.email})`, `Business trial until ${formatDate(input.trialEndsAt)}`] },
  });
  return { org, owner };
}

/**
 * Changing plan deletes nothing: on a plan without custom roles they are kept, their holders
 * act as Agents meanwhile (see rolePermissions), and moving back up restores them.
 */
export async function changePlan(db: Db, actor: Actor, plan: Plan) {
  return db.transaction(async (tx) => {
    await lockOrganization(tx, actor.orgId);
    const org = await findOrganization(tx, actor.orgId);
    if (!org) throw notFound("That organisation");
    // Choosing a plan, even the one being tried, ends the trial.
    if (org.trialEndsAt) await endTrial(tx, actor.orgId);
    if (org.plan === plan) {
      if (org.trialEndsAt) {
        await recordAudit(tx, auditEntry(actor, "org.trial_ended", { id: actor.orgId, name: org.name }, { lines: [`Chose the ${planLabel(plan)} plan`] }));
      }
      return { ...org, trialEndsAt: null };
    }
    // Holders of custom roles gain or lose them when the plan crosses the custom-roles line.
    await changeAccess(tx, actor, { kind: "plan", plan }, () => [
      auditEntry(actor, "org.plan_changed", { id: actor.orgId, name: org.name }, { fromPlan: planLabel(org.plan), toPlan: planLabel(plan) }),
    ]);
    return { ...org, plan, trialEndsAt: null };
  });
}
