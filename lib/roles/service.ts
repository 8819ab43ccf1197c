// Role use cases with an explicit actor. Permission and zod checks happen before these run
// (lib/action.ts); here live the tenant scoping, plan limits, safety rules and transactions.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { findRoleVersion } from "@/db/queries/role-history";
import { isUniqueViolation } from "@/db/unique-violation";
import { countActiveOwners, findMember, setRoleSource } from "@/db/queries/members";
import { moveInvitationsToRole } from "@/db/queries/invitations";
import { lockOrganization } from "@/db/queries/orgs";
import { countCustomRoles, findBuiltInRole, findRole, insertRole, lockRole, roleNames } from "@/db/queries/roles";
import { configuredPermissions, type Access } from "@/lib/authz/check";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { isPermission, permissionLabel, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { looksAlike } from "@/lib/text/names";
import { roleName } from "./schema";
import type { Role } from "@/db/schema";
import { canUseCustomRoles, customRoleLimit, customRolesUnavailable, planLabel } from "@/lib/plans";
import { findTemplate, type TemplateKey } from "./templates";
import { emitWebhooks } from "@/lib/webhooks/events";
import { changeAccess } from "./access-change";
import { recordRoleVersion } from "./history";
import { assertCanAssign, assertCanChangeRole, assertCanGrant, assertCustom, assertNeedsMet, directoryRoleMessage } from "./rules";

export const STALE_ROLE_MESSAGE = "This role was changed by someone else. Reload to see the latest version.";

type RoleFields = { name: string; description: string; permissions: Permission[] };

export function assertPlanHasCustomRoles(actor: Pick<Access, "plan">): void {
  if (!canUseCustomRoles(actor.plan)) {
    throw new DomainError("plan", customRolesUnavailable(actor.plan));
  }
}

function nameTaken(name: string, existing = name) {
  const message =
    existing.toLowerCase() === name.toLowerCase()
      ? `A role named “${name}” already exists.`
      : `“${name}” looks too much like the role “${existing}”. Choose a name that reads differently.`;
  return invalid(message, { name: [message] });
}

/** The form's name rules, held here too: a restore brings back a name no form checked today. */
function assertNameAllowed(name: string) {
  const parsed = roleName.safeParse(name);
  if (parsed.success) return;
  const message = parsed.error.issues[0]?.message ?? "Choose another name.";
  throw invalid(message, { name: [message] });
}

/**
 * Names are unique per organisation by how they look (lib/text/names.ts), which no index can
 * say: callers check again inside their transaction, under the organisation's lock.
 */
async function assertNameFree(db: Db, orgId: string, name: string, exceptRoleId?: string) {
  const clash = (await roleNames(db, orgId)).find((role) => role.id !== exceptRoleId && looksAlike(role.name, name));
  if (clash) throw nameTaken(name, clash.name);
}

function assertGrantable(actor: Access, permissions: Permission[]) {
  assertNeedsMet(permissions);
  assertCanGrant(actor.permissions, permissions);
}

async function assertBelowRoleLimit(db: Db, actor: Access) {
  const limit = customRoleLimit(actor.plan);
  if ((await countCustomRoles(db, actor.orgId)) >= limit) {
    throw new DomainError("plan", `Your ${planLabel(actor.plan)} plan includes up to ${limit} custom roles. Delete one you no longer need, or upgrade.`);
  }
}

/** A role as webhook events name it. */
const roleSummary = (role: Role) => ({ id: role.id, name: role.name, kind: role.kind, version: role.version, permissions: role.permissions });

export async function createRole(db: Db, actor: Access, input: RoleFields & { duplicatedFromId?: string; template?: TemplateKey }) {
  assertPlanHasCustomRoles(actor);
  await assertBelowRoleLimit(db, actor);
  const source = input.duplicatedFromId ? await findRole(db, actor.orgId, input.duplicatedFromId) : null;
  if (input.duplicatedFromId && !source) throw notFound("The role to duplicate");
  const template = input.template ? findTemplate(input.template) : null;
  if (input.template && !template) throw invalid("Unknown template.");
  // Decided here, never by the form: only built-in roles and templates are origins to compare with.
  const basedOn = source ? (source.kind === "custom" ? null : source.kind) : (template?.key ?? null);
  assertGrantable(actor, input.permissions);
  assertNameAllowed(input.name);
  await assertNameFree(db, actor.orgId, input.name);
  try {
    return await db.transaction(async (tx) => {
      // Counted again under the organisation's lock: concurrent creates cannot pass the limit together.
      await lockOrganization(tx, actor.orgId);
      await assertBelowRoleLimit(tx, actor);
      await assertNameFree(tx, actor.orgId, input.name);
      const role = await insertRole(tx, {
        orgId: actor.orgId,
        kind: "custom",
        name: input.name,
        description: input.description,
        permissions: input.permissions,
        basedOn,
        updatedById: actor.memberId,
      });
      await recordRoleVersion(tx, actor, role, { kind: source ? "duplicated" : "created", added: role.permissions, removed: [] });
      await recordAudit(
        tx,
        auditEntry(actor, source ? "role.duplicated" : "role.created", role, {
          permissions: input.permissions,
          ...(source ? { duplicatedFrom: source.name } : {}),
          ...(template ? { template: template.name } : {}),
        }),
      );
      await emitWebhooks(tx, actor, "role.created", [
        {
          role: roleSummary(role),
          ...(source ? { duplicatedFrom: { id: source.id, name: source.name } } : {}),
          ...(template ? { template: template.key } : {}),
        },
      ]);
      return role;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

/** Edits a role; `restoredFromVersion` marks a restore of an earlier version, held to the same rules. */
export async function updateRole(
  db: Db,
  actor: Access,
  input: RoleFields & { roleId: string; version: number },
  options: { restoredFromVersion?: number } = {},
) {
  assertPlanHasCustomRoles(actor);
  const role = await findRole(db, actor.orgId, input.roleId);
  if (!role) throw notFound("That role");
  assertCustom(role.kind);
  assertCanChangeRole(actor.permissions, role);
  // The whole resulting role, not just what is added: editing a role that grants more
  // than you hold would let you hand it out in a new shape.
  assertGrantable(actor, input.permissions);
  // Only a new name: a role named before today's rules keeps its name through other edits.
  if (role.name !== input.name) assertNameAllowed(input.name);
  await assertNameFree(db, actor.orgId, input.name, role.id);

  const before = new Set(role.permissions);
  const after = new Set<string>(input.permissions);
  const added = input.permissions.filter((p) => !before.has(p));
  const removed = sortPermissions(role.permissions.filter((p) => !after.has(p)) as Permission[]);
  const renamed = role.name !== input.name ? { from: role.name, to: input.name } : undefined;
  const descriptionChanged = role.description !== input.description;
  if (role.version !== input.version) throw new DomainError("conflict", STALE_ROLE_MESSAGE);
  if (!added.length && !removed.length && !renamed && !descriptionChanged) return role;

  try {
    return await db.transaction(async (tx) => {
      if (renamed) {
        // Renames queue on the organisation's lock, like creates, so two look-alikes can't both land.
        await lockOrganization(tx, actor.orgId);
        await assertNameFree(tx, actor.orgId, input.name, role.id);
      }
      const { restoredFromVersion } = options;
      const { saved } = await changeAccess(
        tx,
        actor,
        {
          kind: "editRole",
          roleId: role.id,
          version: input.version,
          fields: { name: input.name, description: input.description, permissions: input.permissions, updatedById: actor.memberId },
          history: { kind: restoredFromVersion ? "restored" : "edited", added, removed, restoredFromVersion },
          staleMessage: STALE_ROLE_MESSAGE,
        },
        ({ saved }) => [
          auditEntry(
            actor,
            restoredFromVersion ? "role.restored" : "role.updated",
            { id: role.id, name: saved!.name },
            {
              added,
              removed,
              ...(renamed ? { renamed } : {}),
              ...(descriptionChanged ? { descriptionChanged } : {}),
              ...(restoredFromVersion ? { restoredFromVersion, lines: restoreLines(restoredFromVersion, added, removed, renamed) } : {}),
            },
          ),
        ],
      );
      await emitWebhooks(tx, actor, "role.updated", [
        {
          role: roleSummary(saved!),
          before: { name: role.name, description: role.description, permissions: role.permissions },
          after: { name: saved!.name, description: saved!.description, permissions: saved!.permissions },
          added,
          removed,
          ...(restoredFromVersion ? { restoredFromVersion } : {}),
        },
      ]);
      return saved!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

function restoreLines(fromVersion: number, added: Permission[], removed: Permission[], renamed?: { from: string; to: string }) {
  return [
    `Restored version ${fromVersion}`,
    renamed ? `Renamed from “${renamed.from}”` : "",
    added.length ? `Added: ${added.map(permissionLabel).join(", ")}` : "",
    removed.length ? `Removed: ${removed.map(permissionLabel).join(", ")}` : "",
  ].filter(Boolean);
}

/** Moves every holder to Agent and deletes the role, all or nothing. */
export async function deleteRole(
  db: Db,
  actor: Access,
  input: { roleId: string; version: number; memberCount: number },
  hooks: { afterReassign?: () => Promise<void> } = {},
) {
  const role = await findRole(db, actor.orgId, input.roleId);
  if (!role) throw notFound("That role");
  assertCustom(role.kind);
  // Deleting moves its holders to Agent: the same power over them as editing the role. Not
  // plan-gated (clean-up after a downgrade), but ranked on all the kept role is configured to grant.
  assertCanChangeRole(actor.permissions, role);
  return db.transaction(async (tx) => {
    // Queued with assignments on the organisation's lock before taking the role: an assignment
    // moving a holder off this role needs the role row for its history entry, so taking the role
    // first could leave each waiting for the other.
    await lockOrganization(tx, actor.orgId);
    const locked = await lockRole(tx, actor.orgId, role.id);
    if (!locked) throw notFound("That role");
    if (locked.version !== input.version) throw new DomainError("conflict", STALE_ROLE_MESSAGE);
    const agent = await findBuiltInRole(tx, actor.orgId, "agent");
    // Invitations naming the role hold it too: they move to Agent with the members.
    const invitationsMoved = await moveInvitationsToRole(tx, actor.orgId, role.id, agent.id);
    const { moved } = await changeAccess(
      tx,
      actor,
      {
        kind: "deleteRole",
        roleId: role.id,
        version: input.version,
        toRoleId: agent.id,
        staleMessage: STALE_ROLE_MESSAGE,
        async afterReassign(moved) {
          if (moved.length !== input.memberCount) {
            throw new DomainError(
              "conflict",
              `The members of this role changed since you opened the confirmation (${moved.length} now, ${input.memberCount} listed). Review the list and try again.`,
            );
          }
          await hooks.afterReassign?.();
        },
      },
      ({ moved }) => [
        auditEntry(actor, "role.deleted", role, {
          permissions: role.permissions,
          membersMoved: moved,
          toRole: BUILT_IN_ROLES.agent.name,
          lines: invitationsMoved.filter((i) => !i.acceptedAt && !i.revokedAt).map((i) => `Invitation for ${i.email} moved to ${BUILT_IN_ROLES.agent.name}`),
        }),
      ],
    );
    await emitWebhooks(tx, actor, "role.deleted", [
      { role: roleSummary(role), membersMovedTo: { id: agent.id, name: agent.name }, members: moved.map((m) => ({ id: m.id, name: m.name })) },
    ]);
    return { role, moved };
  });
}

export const STALE_MEMBER_ROLE_MESSAGE = "This member's role changed since you opened the page. Reload to see it before changing it.";

/**
 * Who assigns: a member (their access), or the directory (lib/directory/groups.ts), which acts
 * with the authority of the mapping an Owner or role manager saved and never touches Owners.
 */
export type Assigner = Pick<Access, "orgId" | "name" | "plan" | "permissions"> & { memberId: string | null; role: { kind: Access["role"]["kind"] } };

type AssignInput = {
  memberId: string;
  roleId: string;
  fromRoleId?: string;
  /** Set by the directory: the member's role follows their groups from now on. */
  directory?: { groupId: string | null; groupName: string | null };
};

export async function assignRole(db: Db, actor: Access, input: Omit<AssignInput, "directory">) {
  return db.transaction((tx) => assignRoleIn(tx, actor, input));
}

/** One assignment in the caller's transaction: the same rules, audit, history and notices for a person and the directory. */
export async function assignRoleIn(tx: Db, actor: Assigner, input: AssignInput) {
  // Assignments are serialised per organisation, so two Owners cannot demote each other
  // at once and leave none; everything below is read after the lock.
  await lockOrganization(tx, actor.orgId);
  const member = await findMember(tx, actor.orgId, input.memberId);
  if (!member) throw notFound("That member");
  if (!input.directory && member.roleSource === "directory") throw new DomainError("forbidden", directoryRoleMessage(member.directoryGroupName));
  // A share lock on the role: a concurrent delete of it waits for this, or this for it.
  const target = await lockRole(tx, actor.orgId, input.roleId, "share");
  if (!target) throw notFound("That role");
  if (target.kind === "custom") assertPlanHasCustomRoles(actor);
  assertCanAssign({
    actor: { memberId: actor.memberId, roleKind: actor.role.kind, permissions: actor.permissions },
    member: { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) },
    target: { id: target.id, kind: target.kind, permissions: configuredPermissions(target.kind, target.permissions) },
    activeOwners: await countActiveOwners(tx, actor.orgId),
  });
  if (input.directory) await setRoleSource(tx, actor.orgId, member.id, { roleSource: "directory", directoryRoleGroupId: input.directory.groupId });
  if (member.roleId === target.id) return { member, role: target, changed: false };
  if (input.fromRoleId && input.fromRoleId !== member.roleId) throw new DomainError("conflict", STALE_MEMBER_ROLE_MESSAGE);
  await changeAccess(tx, actor, { kind: "assign", memberIds: [member.id], roleId: target.id }, () => [
    auditEntry(actor, "member.role_changed", member, {
      fromRole: member.roleName,
      toRole: target.name,
      ...(input.directory && {
        lines: [input.directory.groupName ? `Directory group: ${input.directory.groupName}` : "In no mapped directory group: the default role"],
      }),
    }),
  ]);
  return { member, role: target, changed: true };
}

// Restoring an earlier version is an edit like any other: same rules, same stale-version
// refusal, recorded as a new version that names the one it restored.
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
