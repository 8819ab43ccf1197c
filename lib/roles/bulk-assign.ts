// Giving many members one role in a single confirmed step. The preview and the commit run
// the same plan: the commit recomputes it under the organisation's lock and refuses when it
// differs from what the confirmation showed (its token), so nothing stale is ever written.
import { createHash } from "node:crypto";
import type { Db } from "@/db";
import { countActiveOwners } from "@/db/queries/members";
import { lockOrganization } from "@/db/queries/orgs";
import { membersByIds, membersMatching, type MemberWithRole } from "@/db/queries/role-holders";
import { findRole, lockRole } from "@/db/queries/roles";
import type { Role } from "@/db/schema";
import { configuredPermissions, rolePermissions, type Access } from "@/lib/authz/check";
import { auditEntry } from "@/lib/audit/entry";
import { DomainError, forbidden, invalid, notFound } from "@/lib/errors";
import { plural } from "@/lib/format";
import { canUseCustomRoles, CUSTOM_ROLES_PLAN, planLabel } from "@/lib/plans";
import { changeAccess } from "./access-change";
import { memberImpact, type MemberImpact } from "./impact";
import { assertCanAssign, assertCanGrant, directoryRoleMessage } from "./rules";
import { assertPlanHasCustomRoles } from "./service";

/** The most members one bulk change may touch. */
const BULK_ASSIGN_LIMIT = 500;

export const STALE_SELECTION_MESSAGE = "The selected members or the role changed since you reviewed this change. Review it again before confirming.";

export type BulkSelection = {
  roleId: string;
  memberIds: string[];
  /** Every member matching the team list's search and role filter, instead of memberIds. */
  allMatching: boolean;
  q: string;
  filterRoleId?: string;
};

export type Skipped = { id: string; name: string; email: string; reason: string };

/** What the confirmation showed: the role's version and each selected member's role and status. */
export function bulkAssignToken(target: { id: string; version: number }, selected: readonly { id: string; roleId: string; status: string }[]) {
  const lines = selected.map((m) => `${m.id}:${m.roleId}:${m.status}`).sort();
  return createHash("sha256")
    .update([`${target.id}:${target.version}`, ...lines].join("\n"))
    .digest("hex");
}

async function selectedMembers(db: Db, orgId: string, selection: BulkSelection): Promise<MemberWithRole[]> {
  const found = selection.allMatching
    ? await membersMatching(db, orgId, { q: selection.q, roleId: selection.filterRoleId }, BULK_ASSIGN_LIMIT + 1)
    : await membersByIds(db, orgId, selection.memberIds, BULK_ASSIGN_LIMIT + 1);
  // Another organisation's member ids are not found, like any single one would be.
  if (!selection.allMatching && found.length < new Set(selection.memberIds).size) throw notFound("A selected member");
  if (found.length > BULK_ASSIGN_LIMIT) {
    throw invalid(`One change can cover at most ${BULK_ASSIGN_LIMIT} members. Narrow the search or filter.`);
  }
  if (found.length === 0) throw invalid("Select at least one member.");
  return found;
}

/** Who would get the role and what they gain and lose, and who is left as they are, and why. */
export async function planBulkAssign(db: Db, actor: Access, selection: BulkSelection, lockedTarget?: Role) {
  const target = lockedTarget ?? (await findRole(db, actor.orgId, selection.roleId));
  if (!target) throw notFound("That role");
  if (target.kind === "custom") assertPlanHasCustomRoles(actor);
  const targetPermissions = rolePermissions(target.kind, target.permissions, actor.plan);
  const targetConfigured = configuredPermissions(target.kind, target.permissions);
  // Refusals about the role itself hold for everyone: refuse the whole change.
  if (target.kind === "owner" && actor.role.kind !== "owner") throw forbidden("Only an Owner can give or take away the Owner role.");
  assertCanGrant(actor.permissions, targetConfigured);

  const selected = await selectedMembers(db, actor.orgId, selection);
  let activeOwners = await countActiveOwners(db, actor.orgId);
  const changes: MemberImpact[] = [];
  const toChange: MemberWithRole[] = [];
  const skipped: Skipped[] = [];
  const actorFacts = { memberId: actor.memberId, roleKind: actor.role.kind, permissions: actor.permissions };
  for (const member of selected) {
    const current = rolePermissions(member.roleKind, member.rolePermissions, actor.plan);
    const skip = (reason: string) => skipped.push({ id: member.id, name: member.name, email: member.email, reason });
    if (member.roleId === target.id) {
      skip(`Already has the ${target.name} role.`);
      continue;
    }
    // As on the member's own page: the directory's role is not changed by hand.
    if (member.roleSource === "directory") {
      skip(directoryRoleMessage(member.directoryGroupName));
      continue;
    }
    try {
      // The single-assignment rules, member by member, with the Owners this change leaves.
      assertCanAssign({
        actor: actorFacts,
        member: { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) },
        target: { id: target.id, kind: target.kind, permissions: targetConfigured },
        activeOwners,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      skip(error.message);
      continue;
    }
    if (member.roleKind === "owner" && target.kind !== "owner" && member.status === "active") activeOwners -= 1;
    toChange.push(member);
    changes.push(memberImpact(member, { role: member.roleName, permissions: current }, { role: target.name, permissions: targetPermissions }));
  }
  return { target, changes, toChange, skipped, token: bulkAssignToken(target, selected) };
}

export async function bulkAssignRole(db: Db, actor: Access, input: BulkSelection & { token: string }) {
  return db.transaction(async (tx) => {
    // Serialised with single assignments, so the Owner count and every member's role hold.
    await lockOrganization(tx, actor.orgId);
    const target = await lockRole(tx, actor.orgId, input.roleId, "share");
    if (!target) throw notFound("That role");
    const plan = await planBulkAssign(tx, actor, input, target);
    if (plan.token !== input.token) throw new DomainError("conflict", STALE_SELECTION_MESSAGE);
    if (plan.toChange.length === 0) throw invalid(`None of the selected members can be given the ${target.name} role.`);
    await changeAccess(tx, actor, { kind: "assign", memberIds: plan.toChange.map((m) => m.id), roleId: target.id }, () =>
      plan.toChange.map((member) =>
        auditEntry(actor, "member.role_changed", member, {
          fromRole: member.roleName,
          toRole: target.name,
          lines: [`Changed in one step with ${plural(plan.toChange.length - 1, "other member")}`],
        }),
      ),
    );
    return plan;
  });
}

type RoleChoice = { id: string; kind: Role["kind"]; name: string; permissions: readonly string[] };

/** Each role the bulk change could give, with why it can't when it can't (the checks above, asked early). */
export function bulkAssignOptions(actor: Access, roles: readonly RoleChoice[]) {
  return roles.map((role) => {
    let unavailable: string | undefined;
    if (role.kind === "custom" && !canUseCustomRoles(actor.plan)) unavailable = `needs ${planLabel(CUSTOM_ROLES_PLAN)} plan`;
    else if (role.kind === "owner" && actor.role.kind !== "owner") unavailable = "only Owners can assign";
    else if (configuredPermissions(role.kind, role.permissions).some((p) => !actor.permissions.has(p))) unavailable = "grants permissions you don't hold";
    return { id: role.id, name: role.name, unavailable };
  });
}
