// A review ends in "Still correct" or an edit; either way it is recorded and audited in the
// transaction that ends it.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { insertReview } from "@/db/queries/role-reviews";
import { findRole, lockRole } from "@/db/queries/roles";
import type { ReviewOutcome } from "@/db/schema";
import type { Access } from "@/lib/authz/check";
import { isPermission, permissionLabel, toggle, type Permission } from "@/lib/authz/permissions";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { assertCanChangeRole, assertCustom } from "./rules";
import { assertPlanHasCustomRoles, STALE_ROLE_MESSAGE, updateRole } from "./service";

async function recordReview(tx: Db, actor: Access, role: { id: string; name: string; version: number }, outcome: ReviewOutcome, lines: string[]) {
  const review = await insertReview(tx, { orgId: actor.orgId, roleId: role.id, outcome, reviewerId: actor.memberId, reviewerName: actor.name });
  await recordAudit(tx, auditEntry(actor, "role.reviewed", role, { lines: [...lines, `Version ${role.version}`] }));
  return review;
}

/** "Still correct": only for the version the reviewer saw. */
export async function confirmReview(db: Db, actor: Access, input: { roleId: string; version: number }) {
  assertPlanHasCustomRoles(actor);
  return db.transaction(async (tx) => {
    const role = await lockRole(tx, actor.orgId, input.roleId, "share");
    if (!role) throw notFound("That role");
    assertCustom(role.kind);
    // Confirming a role vouches for everything it grants: the same rights as editing it.
    assertCanChangeRole(actor.permissions, role);
    if (role.version !== input.version) throw new DomainError("conflict", STALE_ROLE_MESSAGE);
    return recordReview(tx, actor, role, "confirmed", ["Still correct"]);
  });
}

/** Ends the review with an edit: removes the chosen permissions (and what depends on them). */
export async function removeUnusedPermissions(db: Db, actor: Access, input: { roleId: string; version: number; remove: Permission[] }) {
  if (!input.remove.length) throw invalid("Choose at least one permission to remove.", { remove: ["Choose at least one permission to remove."] });
  const role = await findRole(db, actor.orgId, input.roleId);
  if (!role) throw notFound("That role");
  let kept = new Set(role.permissions.filter(isPermission));
  for (const key of input.remove) kept = toggle(kept, key, false);
  return db.transaction(async (tx) => {
    const saved = await updateRole(tx, actor, {
      roleId: role.id,
      version: input.version,
      name: role.name,
      description: role.description,
      permissions: [...kept],
    });
    const removed = role.permissions.filter((p) => isPermission(p) && !kept.has(p)) as Permission[];
    if (!removed.length) throw invalid("None of those permissions are in this role any more.");
    await recordReview(tx, actor, saved, "edited", [`Removed: ${removed.map(permissionLabel).join(", ")}`]);
    return { role: saved, removed };
  });
}

// When a custom role is due for review, and which of its permissions nobody has used lately.
export const REVIEW_INTERVAL_DAYS = 90;
const DAY_MS = 86_400_000;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A role is due when neither its creation nor its last review is within the interval. */
export function reviewDue(createdAt: Date, lastReviewedAt: Date | null | undefined, now = new Date()): boolean {
  return (lastReviewedAt ?? createdAt) < daysAgo(now, REVIEW_INTERVAL_DAYS);
}

/** The role's permissions no holder has exercised within the interval (or ever). */
export function unusedPermissions(granted: readonly Permission[], lastUsed: ReadonlyMap<string, Date>, now = new Date()): Permission[] {
  const since = daysAgo(now, REVIEW_INTERVAL_DAYS);
  return granted.filter((p) => {
    const at = lastUsed.get(p);
    return !at || at < since;
  });
}
