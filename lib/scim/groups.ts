// SCIM Groups: the directory's groups and who is in them. A change of membership re-decides
// the role of each member it touches (lib/directory/groups.ts), in the same transaction.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import {
  addGroupMembers,
  deleteGroupRow,
  findGroup,
  groupMembers,
  insertGroup,
  listGroups as listGroupRows,
  memberIdsInOrg,
  removeGroupMembers,
  updateGroup,
} from "@/db/queries/directory";
import { lockOrganization } from "@/db/queries/orgs";
import type { DirectoryGroup } from "@/db/schema";
import { isUniqueViolation } from "@/db/unique-violation";
import { recomputeDirectoryRole } from "@/lib/directory/groups";
import type { ScimActor } from "./actor";
import {
  GROUP_SCHEMA,
  groupInput,
  listResponse,
  memberPathFilter,
  memberValues,
  parseBody,
  parseFilter,
  parsePaging,
  ScimError,
  type PatchOperation,
} from "./protocol";

function groupResource(group: DirectoryGroup, members: { memberId: string; name: string }[] | null, baseUrl: string) {
  return {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    ...(group.externalId !== null && { externalId: group.externalId }),
    displayName: group.displayName,
    ...(members && { members: members.map((m) => ({ value: m.memberId, display: m.name, $ref: `${baseUrl}/Users/${m.memberId}` })) }),
    meta: {
      resourceType: "Group",
      created: group.createdAt.toISOString(),
      lastModified: group.updatedAt.toISOString(),
      location: `${baseUrl}/Groups/${group.id}`,
    },
  };
}

/** Okta asks for groups without their members (excludedAttributes=members) when it only needs ids. */
const withMembers = (params: URLSearchParams) => !/(^|,)\s*members\s*(,|$)/i.test(params.get("excludedAttributes") ?? "");

export async function getGroup(db: Db, actor: ScimActor, groupId: string, params = new URLSearchParams()) {
  const group = await findGroup(db, actor.orgId, groupId);
  if (!group) throw new ScimError(404, "Group not found.");
  return groupResource(group, withMembers(params) ? await groupMembers(db, actor.orgId, [group.id]) : null, actor.baseUrl);
}

export async function listGroups(db: Db, actor: ScimActor, params: URLSearchParams) {
  const filter = parseFilter(params.get("filter"), ["displayName", "externalId"]);
  const { startIndex, count } = parsePaging(params);
  const { total, rows } = await listGroupRows(db, actor.orgId, filter ? { [filter.attribute]: filter.value } : {}, { offset: startIndex - 1, limit: count });
  const members = withMembers(params)
    ? await groupMembers(
        db,
        actor.orgId,
        rows.map((g) => g.id),
      )
    : null;
  return listResponse(
    rows.map((g) => groupResource(g, members && members.filter((m) => m.groupId === g.id), actor.baseUrl)),
    total,
    startIndex,
  );
}

const nameTaken = () => new ScimError(409, "A group with this displayName already exists.", "uniqueness");

async function inTransaction<T>(db: Db, actor: ScimActor, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      await lockOrganization(tx, actor.orgId);
      return work(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** Members named by id must be this organisation's: anything else is refused, and says nothing about other organisations. */
async function ownMembers(tx: Db, actor: ScimActor, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await memberIdsInOrg(tx, actor.orgId, unique);
  if (found.length !== unique.length) throw new ScimError(400, "A member value is not a user of this organisation.", "invalidValue");
  return found;
}

async function recompute(tx: Db, actor: ScimActor, memberIds: Iterable<string>) {
  for (const id of new Set(memberIds)) await recomputeDirectoryRole(tx, actor.orgId, id, actor.name);
}

async function audit(
  tx: Db,
  actor: ScimActor,
  action: "directory_group.created" | "directory_group.updated" | "directory_group.deleted",
  group: DirectoryGroup,
  lines: string[],
) {
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: null,
    actorName: actor.name,
    action,
    targetId: group.id,
    targetName: group.displayName,
    details: { lines },
  });
}

export async function createGroup(db: Db, actor: ScimActor, body: unknown) {
  const input = parseBody(groupInput, body);
  const group = await inTransaction(db, actor, async (tx) => {
    const ids = await ownMembers(
      tx,
      actor,
      (input.members ?? []).map((m) => m.value),
    );
    const group = await insertGroup(tx, { orgId: actor.orgId, displayName: input.displayName, externalId: input.externalId ?? null });
    await addGroupMembers(tx, actor.orgId, group.id, ids);
    await audit(tx, actor, "directory_group.created", group, ids.length ? [`Members added: ${ids.length}`] : []);
    await recompute(tx, actor, ids);
    return group;
  });
  return getGroup(db, actor, group.id);
}

type GroupChange = { displayName?: string; externalId?: string | null; add: string[]; remove: string[] | "all" };

async function change(db: Db, actor: ScimActor, groupId: string, plan: (group: DirectoryGroup) => GroupChange) {
  await inTransaction(db, actor, async (tx) => {
    const group = await findGroup(tx, actor.orgId, groupId);
    if (!group) throw new ScimError(404, "Group not found.");
    const wanted = plan(group);
    const lines: string[] = [];
    const renamed = wanted.displayName !== undefined && wanted.displayName !== group.displayName;
    if (renamed || (wanted.externalId !== undefined && wanted.externalId !== group.externalId)) {
      await updateGroup(tx, actor.orgId, group.id, { displayName: wanted.displayName, externalId: wanted.externalId });
      if (renamed) lines.push(`Renamed from “${group.displayName}”`);
    }
    const touched: string[] = [];
    const removed = await removeGroupMembers(tx, actor.orgId, group.id, wanted.remove === "all" ? undefined : await ownMembersLoose(tx, actor, wanted.remove));
    const added = await ownMembers(tx, actor, wanted.add);
    await addGroupMembers(tx, actor.orgId, group.id, added);
    touched.push(...removed, ...added);
    const stillIn = new Set(added);
    const left = removed.filter((id) => !stillIn.has(id));
    const joined = added.filter((id) => !removed.includes(id));
    if (joined.length) lines.push(`Members added: ${joined.length}`);
    if (left.length) lines.push(`Members removed: ${left.length}`);
    if (lines.length) await audit(tx, actor, "directory_group.updated", { ...group, displayName: wanted.displayName ?? group.displayName }, lines);
    await recompute(tx, actor, touched);
  });
  return getGroup(db, actor, groupId);
}

/** Removing someone who is not a member (or not ours) changes nothing: nothing to refuse. */
async function ownMembersLoose(tx: Db, actor: ScimActor, ids: readonly string[]) {
  return memberIdsInOrg(tx, actor.orgId, ids);
}

export async function replaceGroup(db: Db, actor: ScimActor, groupId: string, body: unknown) {
  const input = parseBody(groupInput, body);
  return change(db, actor, groupId, () => ({
    displayName: input.displayName,
    externalId: input.externalId ?? null,
    remove: "all",
    add: (input.members ?? []).map((m) => m.value),
  }));
}

export async function patchGroup(db: Db, actor: ScimActor, groupId: string, operations: readonly PatchOperation[]) {
  return change(db, actor, groupId, () => {
    const wanted: GroupChange = { add: [], remove: [] };
    const remove = (ids: string[] | "all") => {
      if (ids === "all") wanted.remove = "all";
      else if (wanted.remove !== "all") wanted.remove.push(...ids);
      if (ids === "all") wanted.add = [];
      else wanted.add = wanted.add.filter((id) => !ids.includes(id));
    };
    for (const operation of operations) {
      const path = operation.path?.trim();
      const target = path?.toLowerCase();
      if (path && memberPathFilter(path)) {
        // Okta and Entra ID: remove one member by path filter.
        if (operation.op !== "remove") throw new ScimError(400, "Only remove is supported on a filtered members path.", "invalidPath");
        remove([memberPathFilter(path)!]);
      } else if (target === "members") {
        if (operation.op === "remove") remove(operation.value === undefined ? "all" : memberValues(operation.value));
        else {
          if (operation.op === "replace") remove("all");
          wanted.add.push(...memberValues(operation.value));
        }
      } else if (target === "displayname") {
        if (typeof operation.value !== "string" || !operation.value.trim()) throw new ScimError(400, "displayName must be a non-empty string.", "invalidValue");
        wanted.displayName = operation.value.trim();
      } else if (target === "externalid") {
        wanted.externalId = typeof operation.value === "string" ? operation.value : null;
      } else if (!path) {
        // Okta: { op: "replace", value: { id, displayName } }.
        if (typeof operation.value !== "object" || operation.value === null)
          throw new ScimError(400, "An operation without a path needs an object value.", "invalidValue");
        const value = operation.value as Record<string, unknown>;
        if (typeof value.displayName === "string" && value.displayName.trim()) wanted.displayName = value.displayName.trim();
        if ("externalId" in value) wanted.externalId = typeof value.externalId === "string" ? value.externalId : null;
        if ("members" in value) {
          if (operation.op === "replace") remove("all");
          wanted.add.push(...memberValues(value.members));
        }
      } else {
        throw new ScimError(400, `Unsupported path “${path}”.`, "invalidPath");
      }
    }
    return wanted;
  });
}

export async function deleteGroup(db: Db, actor: ScimActor, groupId: string) {
  await inTransaction(db, actor, async (tx) => {
    const group = await findGroup(tx, actor.orgId, groupId);
    if (!group) throw new ScimError(404, "Group not found.");
    const members = await removeGroupMembers(tx, actor.orgId, group.id);
    await deleteGroupRow(tx, actor.orgId, group.id);
    await audit(tx, actor, "directory_group.deleted", group, members.length ? [`Members: ${members.length}`] : []);
    await recompute(tx, actor, members);
  });
}
