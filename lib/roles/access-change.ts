// THE one way a member's effective permissions change: giving one or many members a role,
// accepting an invitation, editing or restoring a role, deleting one, changing plan,
// deactivating and reactivating. Each change writes itself, the role history, the notices,
// its webhook events and its audit entries in the caller's transaction, so none can forget one
// of them; a static test (test/every-access-change-is-announced.test.ts) keeps these writes out
// of other files.
import type { Db } from "@/db";
import { accessRows, insertMember, setMembersRole, type AccessRow, type AccessScope } from "@/db/queries/access-changes";
import { recordAudit } from "@/db/queries/audit";
import { setMemberStatus } from "@/db/queries/member-profiles";
import { reassignRole } from "@/db/queries/members";
import { lockOrganization, setPlan } from "@/db/queries/orgs";
import { insertMemberChanges, type MembershipGroup } from "@/db/queries/role-history";
import { deleteRoleIfVersion, updateRoleIfVersion } from "@/db/queries/roles";
import type { Member, MembershipChange, NewAuditEvent, NewMember, Role, RoleVersionKind } from "@/db/schema";
import { rolePermissions } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { DomainError } from "@/lib/errors";
import { notifyAccessChanges } from "@/lib/notices/access-changes";
import { canUseCustomRoles, planLabel, type Plan } from "@/lib/plans";
import { emitWebhooks } from "@/lib/webhooks/events";
import { findOrganization } from "@/db/queries/orgs";
import { recordRoleVersion } from "./history";
import type { Actor } from "@/lib/audit/entry";

type Moved = { id: string; name: string; email: string };

export type AccessChange =
  | { kind: "assign"; memberIds: readonly string[]; roleId: string }
  | {
      kind: "deleteRole";
      roleId: string;
      version: number;
      toRoleId: string;
      staleMessage: string;
      /** Runs after the holders moved and before the role goes: a refusal here undoes the move. */
      afterReassign?: (moved: Moved[]) => Promise<void>;
    }
  | { kind: "join"; member: Omit<NewMember, "orgId" | "status"> }
  | {
      kind: "editRole";
      roleId: string;
      version: number;
      fields: { name: string; description: string; permissions: Permission[]; updatedById: string };
      history: { kind: RoleVersionKind; added: readonly string[]; removed: readonly string[]; restoredFromVersion?: number };
      staleMessage: string;
    }
  | { kind: "plan"; plan: Plan }
  | { kind: "status"; memberId: string; status: "active" | "deactivated" };

export type Written = { moved: Moved[]; saved: Role | null; member: Member | null };

/** What a member may do: nothing while deactivated, else their role on the plan. */
const effective = (row: AccessRow): Permission[] => (row.status === "active" ? rolePermissions(row.roleKind, row.rolePermissions, row.plan) : []);

function scopeOf(change: AccessChange): AccessScope | null {
  switch (change.kind) {
    case "assign":
      return { memberIds: change.memberIds };
    case "deleteRole":
    case "editRole":
      return { roleId: change.roleId };
    case "plan":
      return { customRoles: true };
    case "status":
      return { memberIds: [change.memberId] };
    case "join":
      return null;
  }
}

async function write(tx: Db, orgId: string, change: AccessChange): Promise<Written> {
  const written: Written = { moved: [], saved: null, member: null };
  switch (change.kind) {
    case "assign":
      await setMembersRole(tx, orgId, change.memberIds, change.roleId);
      break;
    case "deleteRole":
      written.moved = await reassignRole(tx, orgId, change.roleId, change.toRoleId);
      await change.afterReassign?.(written.moved);
      if (!(await deleteRoleIfVersion(tx, orgId, change.roleId, change.version))) throw new DomainError("conflict", change.staleMessage);
      break;
    case "join":
      written.member = await insertMember(tx, { ...change.member, orgId, status: "active" });
      break;
    case "editRole":
      written.saved = await updateRoleIfVersion(tx, orgId, change.roleId, change.version, change.fields);
      if (!written.saved) throw new DomainError("conflict", change.staleMessage);
      break;
    case "plan":
      await setPlan(tx, orgId, change.plan);
      break;
    case "status":
      await setMemberStatus(tx, orgId, change.memberId, change.status);
      break;
  }
  return written;
}

/** Role history: who joined or left which role, and who stopped or started holding its access; grouped by role and kind. */
function membershipGroups(change: AccessChange, before: Map<string, AccessRow>, after: AccessRow[]): Iterable<MembershipGroup> {
  const groups = new Map<string, MembershipGroup>();
  for (const now of after) {
    const row = (roleId: string, kind: MembershipChange) => {
      const key = `${roleId} ${kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { roleId, change: kind, memberIds: [] }));
      group.memberIds.push(now.id);
    };
    const was = before.get(now.id);
    if (!was) {
      row(now.roleId, "added");
      continue;
    }
    if (was.roleId !== now.roleId) {
      // A deleted role's history goes with it.
      if (!(change.kind === "deleteRole" && was.roleId === change.roleId)) row(was.roleId, "removed");
      row(now.roleId, "added");
    }
    if (was.status !== now.status) row(now.roleId, now.status === "active" ? "reactivated" : "deactivated");
    // Only active holders feel a plan change; a deactivated one has no access to suspend.
    if (was.roleId === now.roleId && now.status === "active" && now.roleKind === "custom" && canUseCustomRoles(was.plan) !== canUseCustomRoles(now.plan)) {
      row(now.roleId, canUseCustomRoles(now.plan) ? "resumed" : "suspended");
    }
  }
  return groups.values();
}

/**
 * The webhook events of the members the change touched: one statement per kind (joined, role
 * changed, deactivated, reactivated) however many members moved, each with the permissions they
 * held before and hold now.
 */
async function emitMemberWebhooks(tx: Db, actor: Actor, before: Map<string, AccessRow>, after: AccessRow[]) {
  const member = (row: AccessRow) => ({ id: row.id, name: row.name, email: row.email });
  const role = (row: AccessRow) => ({ id: row.roleId, name: row.roleName, kind: row.roleKind });
  const joined = [];
  const roleChanged = [];
  const status = { deactivated: [] as Record<string, unknown>[], active: [] as Record<string, unknown>[] };
  for (const now of after) {
    const was = before.get(now.id);
    if (!was) {
      joined.push({ member: member(now), role: role(now), permissions: effective(now) });
      continue;
    }
    if (was.roleId !== now.roleId) {
      roleChanged.push({
        member: member(now),
        before: { role: role(was), permissions: effective(was) },
        after: { role: role(now), permissions: effective(now) },
      });
    }
    if (was.status !== now.status) {
      status[now.status === "active" ? "active" : "deactivated"].push({
        member: member(now),
        role: role(now),
        before: { permissions: effective(was) },
        after: { permissions: effective(now) },
      });
    }
  }
  await emitWebhooks(tx, actor, "member.joined", joined);
  await emitWebhooks(tx, actor, "member.role_changed", roleChanged);
  await emitWebhooks(tx, actor, "member.deactivated", status.deactivated);
  await emitWebhooks(tx, actor, "member.reactivated", status.active);
}

/**
 * Makes the change and everything that must come with it: history, a notice to each member
 * whose access changed (when they can read it and did not make the change themselves), a notice
 * to the other active Owners of every sensitive permission gained, and the audit entries.
 * The caller holds the organisation's lock before any other row lock (README, Transactions).
 */
export async function changeAccess(tx: Db, actor: Actor, change: AccessChange, audit: (written: Written) => NewAuditEvent[]): Promise<Written> {
  await lockOrganization(tx, actor.orgId);
  const scope = scopeOf(change);
  const beforeRows = scope ? await accessRows(tx, actor.orgId, scope) : [];
  const fromPlan = change.kind === "plan" ? (await findOrganization(tx, actor.orgId))?.plan : undefined;
  const written = await write(tx, actor.orgId, change);
  if (change.kind === "editRole") await recordRoleVersion(tx, actor, written.saved!, change.history);
  const ids = [...beforeRows.map((row) => row.id), ...(written.member ? [written.member.id] : [])];
  const afterRows = await accessRows(tx, actor.orgId, { memberIds: ids });
  const before = new Map(beforeRows.map((row) => [row.id, row]));
  await insertMemberChanges(tx, actor, membershipGroups(change, before, afterRows));
  await notifyAccessChanges(
    tx,
    // Every row carries the organisation's name; with no rows there is nobody to tell.
    { ...actor, orgName: afterRows[0]?.orgName ?? "" },
    afterRows.map((now) => {
      const was = before.get(now.id);
      return {
        member: now,
        before: was ? effective(was) : [],
        after: effective(now),
        tellMember: !!was && was.status === "active" && now.status === "active" && now.id !== actor.memberId,
      };
    }),
  );
  await emitMemberWebhooks(tx, actor, before, afterRows);
  if (change.kind === "plan" && fromPlan !== change.plan) {
    const plan = (p: Plan) => ({ plan: p, label: planLabel(p) });
    await emitWebhooks(tx, actor, "plan.changed", [{ before: plan(fromPlan!), after: plan(change.plan) }], { anyPlan: true });
  }
  const entries = audit(written);
  if (!entries.length) throw new Error(`An access change (${change.kind}) must be audited.`);
  for (const entry of entries) await recordAudit(tx, entry);
  return written;
}
