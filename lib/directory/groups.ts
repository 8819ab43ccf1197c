// Directory groups decide roles. A member the directory manages has the role of the first
// mapped group they are in (in the mapping's order), or the organisation's default role when
// they are in none. Every change goes through assignRoleIn, the manual assignment's own path
// (escalation rules, audit, history, notices). Owners are never mapped and never moved: only
// Owners make or unmake Owners, and the directory is not one.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { orgChange } from "@/lib/audit/entry";
import {
  directoryMembers,
  findGroupByName,
  insertGroup,
  listMappings,
  memberGroups,
  memberIdsInOrg,
  replaceMappings,
  replaceMemberGroups,
  setDirectoryDefaultRole,
} from "@/db/queries/directory";
import { findMember, setRoleSource } from "@/db/queries/members";
import { findOrganization, lockOrganization } from "@/db/queries/orgs";
import { findBuiltInRole, findRole } from "@/db/queries/roles";
import { directoryGroups } from "@/db/schema";
import { configuredPermissions, type Access } from "@/lib/authz/check";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { DomainError, forbidden, invalid, notFound } from "@/lib/errors";
import { canUseDirectory, directoryUnavailable, type Plan } from "@/lib/plans";
import { assertCanGrant } from "@/lib/roles/rules";
import { assignRoleIn, type Assigner } from "@/lib/roles/service";
import { and, eq, inArray } from "drizzle-orm";

const DIRECTORY_ACTOR_NAME = "Your directory";
const OWNER_MAPPING_MESSAGE = "Directory groups can't give the Owner role: Owners are made by hand, by another Owner.";

type Mapping = { groupId: string; roleId: string };
type Decision = { roleId: string; groupId: string | null };

/**
 * Who the change is recorded as: the directory (a SCIM token's or the sign-in's name, no member),
 * or the member who saved a mapping (not told of their own change, and never moving themselves).
 */
type DirectoryActor = { memberId: string | null; name: string };

/** The role a member in these groups gets under this mapping: the first mapped group wins. */
function directoryRoleFor(groupIds: readonly string[], mappings: readonly Mapping[], defaultRoleId: string): Decision {
  const held = new Set(groupIds);
  const first = mappings.find((m) => held.has(m.groupId));
  return first ? { roleId: first.roleId, groupId: first.groupId } : { roleId: defaultRoleId, groupId: null };
}

/** The directory as an assigner: the authority of the mapping an Owner or role manager saved, never an Owner's. */
const directoryAssigner = (orgId: string, plan: Plan, by: DirectoryActor): Assigner => ({
  orgId,
  plan,
  name: by.name,
  memberId: by.memberId,
  role: { kind: "admin" },
  permissions: new Set(ALL_PERMISSIONS),
});

/**
 * The organisation's one default role: who joins through single sign-on (just in time) or SCIM
 * gets it, and so does a directory member in no mapped group. Agent when none is chosen; never Owner.
 */
export async function organizationDefaultRole(db: Db, orgId: string) {
  const org = await findOrganization(db, orgId);
  const chosen = org?.directoryDefaultRoleId ? await findRole(db, orgId, org.directoryDefaultRoleId) : null;
  return chosen && chosen.kind !== "owner" ? chosen : findBuiltInRole(db, orgId, "agent");
}

async function defaultRoleId(db: Db, orgId: string, stored: string | null) {
  return stored ?? (await findBuiltInRole(db, orgId, "agent")).id;
}

/**
 * Brings one member's role in line with their stored directory groups. With no mapping saved,
 * the directory decides no roles and the member's role is theirs to change by hand again.
 */
export async function recomputeDirectoryRole(tx: Db, orgId: string, memberId: string, by: DirectoryActor | string = DIRECTORY_ACTOR_NAME) {
  const actor = typeof by === "string" ? { memberId: null, name: by } : by;
  const org = await findOrganization(tx, orgId);
  const member = await findMember(tx, orgId, memberId);
  if (!org || !member) throw notFound("That member");
  const mappings = await listMappings(tx, orgId);
  if (mappings.length === 0 || member.roleKind === "owner") {
    if (member.roleSource === "directory") await setRoleSource(tx, orgId, memberId, { roleSource: "manual", directoryRoleGroupId: null });
    return { changed: false, roleId: member.roleId };
  }
  const groups = await memberGroups(tx, orgId, memberId);
  const decision = directoryRoleFor(
    groups.map((g) => g.id),
    mappings,
    await defaultRoleId(tx, orgId, org.directoryDefaultRoleId),
  );
  const groupName = mappings.find((m) => m.groupId === decision.groupId)?.groupName ?? null;
  const result = await assignRoleIn(tx, directoryAssigner(orgId, org.plan, actor), {
    memberId,
    roleId: decision.roleId,
    directory: { groupId: decision.groupId, groupName },
  });
  return { changed: result.changed, roleId: decision.roleId };
}

/**
 * THE entry point for group-driven roles, for SCIM and for an OIDC `groups` claim alike:
 * replaces the member's directory groups with these (by display name, creating groups the
 * organisation has not seen; or by id, ignoring ids that are not the organisation's), then
 * gives them the mapped role through the manual assignment's path. Runs in its own
 * transaction, or a savepoint of the caller's.
 */
export async function applyDirectoryGroups(
  db: Db,
  orgId: string,
  memberId: string,
  groups: { names: readonly string[] } | { ids: readonly string[] },
  actorName = DIRECTORY_ACTOR_NAME,
): Promise<{ changed: boolean; roleId: string }> {
  return db.transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    if (!(await memberIdsInOrg(tx, orgId, [memberId])).length) throw notFound("That member");
    let groupIds: string[];
    if ("names" in groups) {
      groupIds = [];
      for (const name of new Set(groups.names.map((n) => n.trim()).filter(Boolean))) {
        let group = await findGroupByName(tx, orgId, name);
        if (!group) {
          group = await insertGroup(tx, { orgId, displayName: name, externalId: null });
          await recordAudit(tx, { orgId, actorId: null, actorName, action: "directory_group.created", targetId: group.id, targetName: name, details: {} });
        }
        groupIds.push(group.id);
      }
    } else {
      const ids = [...new Set(groups.ids)];
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      const found = ids.length
        ? await tx
            .select({ id: directoryGroups.id })
            .from(directoryGroups)
            .where(
              and(
                eq(directoryGroups.orgId, orgId),
                inArray(
                  directoryGroups.id,
                  ids.filter((id) => uuid.test(id)),
                ),
              ),
            )
        : [];
      groupIds = found.map((g) => g.id);
    }
    await replaceMemberGroups(tx, orgId, memberId, groupIds);
    return recomputeDirectoryRole(tx, orgId, memberId, actorName);
  });
}

// The mapping page --------------------------------------------------------------------------

export type MappingInput = { mappings: Mapping[]; defaultRoleId: string | null };

/** Refuses a mapping the actor could not make by hand: every mapped role is one they could assign, and none is Owner. */
async function checkMapping(db: Db, actor: Access, input: MappingInput) {
  const seen = new Set<string>();
  const roleIds = [...input.mappings.map((m) => m.roleId), ...(input.defaultRoleId ? [input.defaultRoleId] : [])];
  for (const m of input.mappings) {
    if (seen.has(m.groupId)) throw invalid("Each directory group can be mapped once.");
    seen.add(m.groupId);
    const group = await groupExists(db, actor.orgId, m.groupId);
    if (!group) throw notFound("That directory group");
  }
  const names = new Map<string, string>();
  const roles = [];
  for (const roleId of roleIds) {
    const role = await findRole(db, actor.orgId, roleId);
    if (!role) throw notFound("That role");
    roles.push(role);
  }
  for (const role of roles) {
    if (role.kind === "owner") throw forbidden(OWNER_MAPPING_MESSAGE);
    assertCanGrant(actor.permissions, configuredPermissions(role.kind, role.permissions));
    names.set(role.id, role.name);
  }
  // After the ids: another organisation's id is not found whatever this one's plan.
  if (!canUseDirectory(actor.plan)) throw new DomainError("plan", directoryUnavailable(actor.plan));
  return names;
}

async function groupExists(db: Db, orgId: string, groupId: string) {
  const [row] = await db
    .select({ id: directoryGroups.id })
    .from(directoryGroups)
    .where(and(eq(directoryGroups.orgId, orgId), eq(directoryGroups.id, groupId)))
    .limit(1);
  return row ?? null;
}

export type DirectoryMove = { memberId: string; name: string; email: string; fromRole: string; toRole: string; groupName: string | null };

/** Who would move where if this mapping were saved: directory members whose role would change. Owners stay. */
export async function previewMapping(db: Db, actor: Access, input: MappingInput): Promise<DirectoryMove[]> {
  const names = await checkMapping(db, actor, input);
  const org = await findOrganization(db, actor.orgId);
  const fallback = await defaultRoleId(db, actor.orgId, input.defaultRoleId ?? null);
  if (!names.has(fallback)) names.set(fallback, (await findRole(db, actor.orgId, fallback))?.name ?? "");
  const groupNames = new Map((await listMappings(db, actor.orgId)).map((m) => [m.groupId, m.groupName]));
  for (const m of input.mappings) if (!groupNames.has(m.groupId)) groupNames.set(m.groupId, (await findGroupName(db, actor.orgId, m.groupId)) ?? "");
  if (!org || input.mappings.length === 0) return [];
  const moves: DirectoryMove[] = [];
  for (const member of await directoryMembers(db, actor.orgId)) {
    if (member.roleKind === "owner" || member.id === actor.memberId) continue;
    const decision = directoryRoleFor(member.groupIds, input.mappings, fallback);
    if (decision.roleId === member.roleId) continue;
    moves.push({
      memberId: member.id,
      name: member.name,
      email: member.email,
      fromRole: member.roleName,
      toRole: names.get(decision.roleId) ?? "",
      groupName: decision.groupId ? (groupNames.get(decision.groupId) ?? null) : null,
    });
  }
  return moves;
}

async function findGroupName(db: Db, orgId: string, groupId: string) {
  const [row] = await db
    .select({ name: directoryGroups.displayName })
    .from(directoryGroups)
    .where(and(eq(directoryGroups.orgId, orgId), eq(directoryGroups.id, groupId)))
    .limit(1);
  return row?.name ?? null;
}

/** Saves the mapping and the default role, audited, and moves every directory member it concerns, in one transaction. */
export async function saveMapping(db: Db, actor: Access, input: MappingInput) {
  return db.transaction(async (tx) => {
    await lockOrganization(tx, actor.orgId);
    const names = await checkMapping(tx, actor, input);
    const before = await listMappings(tx, actor.orgId);
    await replaceMappings(tx, actor.orgId, input.mappings);
    await setDirectoryDefaultRole(tx, actor.orgId, input.defaultRoleId);
    const lines: string[] = [];
    for (const [i, m] of input.mappings.entries()) lines.push(`${i + 1}. ${(await findGroupName(tx, actor.orgId, m.groupId)) ?? ""} → ${names.get(m.roleId)}`);
    await recordAudit(
      tx,
      orgChange(actor, "directory.mapping_changed", {
        lines: [
          ...(lines.length ? lines : ["No groups mapped: roles are assigned by hand"]),
          `Default role: ${input.defaultRoleId ? names.get(input.defaultRoleId) : "Agent"}`,
          ...(before.length ? [`Before: ${before.map((m) => `${m.groupName} → ${m.roleName}`).join(", ")}`] : []),
        ],
      }),
    );
    let moved = 0;
    for (const member of await directoryMembers(tx, actor.orgId)) {
      // Nobody changes their own role: the directory moves the one who saved at its next change.
      if (member.id === actor.memberId) continue;
      if ((await recomputeDirectoryRole(tx, actor.orgId, member.id, { memberId: actor.memberId, name: actor.name })).changed) moved += 1;
    }
    return { moved };
  });
}
