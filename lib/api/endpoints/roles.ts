import { z } from "zod";
import type { Db } from "@/db";
import { membersWithRole } from "@/db/queries/members";
import { listMemberChanges, listRoleVersions } from "@/db/queries/role-history";
import { findRole, listRoles } from "@/db/queries/roles";
import { configuredPermissions, type Access } from "@/lib/authz/check";
import { DomainError, notFound } from "@/lib/errors";
import { canUseCustomRoles } from "@/lib/plans";
import { loadComparison } from "@/lib/roles/compare-load";
import { roleDescription, roleFields, roleName } from "@/lib/roles/schema";
import { createRole, deleteRole, STALE_ROLE_MESSAGE, updateRole } from "@/lib/roles/service";
import { defineApi, type ApiReply } from "../handler";
import { comparisonSchema, historySchema, list, roleSchema } from "../schemas";

const roleParams = z.object({ roleId: z.uuid() });

const MAX_API_COMPARED = 4;

/** One role as the API shows it, with its ETag (its version); null when not in the organisation. */
async function roleView(db: Db, actor: Access, roleId: string) {
  const row = (await listRoles(db, actor.orgId)).find((role) => role.id === roleId);
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    permissions: configuredPermissions(row.kind, row.permissions),
    active: row.kind !== "custom" || canUseCustomRoles(actor.plan),
    version: row.version,
    memberCount: row.memberCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function roleReply(db: Db, actor: Access, roleId: string, status = 200): Promise<ApiReply> {
  const role = await roleView(db, actor, roleId);
  if (!role) throw notFound("That role");
  return { status, body: role, etag: String(role.version) };
}

/** The version an If-Match names, or the current one for "*"; a stale or foreign tag is refused as stale. */
function versionFrom(ifMatch: string | null, current: number): number {
  if (ifMatch === "*") return current;
  if (ifMatch !== String(current)) throw new DomainError("conflict", STALE_ROLE_MESSAGE);
  return current;
}

export const listRolesApi = defineApi({
  route: "/api/v1/roles",
  method: "GET",
  operationId: "listRoles",
  summary: "Every role of the organisation, built-in roles first",
  permission: "roles.assign",
  responses: { 200: { description: "The roles", schema: list(roleSchema) } },
  async run({ db, actor }) {
    const rows = await listRoles(db, actor.orgId);
    const data = await Promise.all(rows.map((row) => roleView(db, actor, row.id)));
    return { status: 200, body: { data } };
  },
});

export const createRoleApi = defineApi({
  route: "/api/v1/roles",
  method: "POST",
  operationId: "createRole",
  summary: "Create a custom role (Idempotency-Key honoured)",
  permission: "roles.manage",
  plan: "customRoles",
  body: roleFields,
  responses: { 201: { description: "The new role", schema: roleSchema, etag: true } },
  async run({ db, actor, body }) {
    const role = await createRole(db, actor, body);
    return roleReply(db, actor, role.id, 201);
  },
});

export const compareRolesApi = defineApi({
  route: "/api/v1/roles/compare",
  method: "GET",
  operationId: "compareRoles",
  summary: "Two to four roles side by side: every permission, the ones they disagree on first",
  permission: "roles.assign",
  query: z.object({
    ids: z
      .string("Name the roles to compare: ids=<id>,<id>.")
      .transform((value) => [
        ...new Set(
          value
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.uuid("A role to compare is not valid."))
          .min(2, "Compare at least 2 roles.")
          .max(MAX_API_COMPARED, `Compare at most ${MAX_API_COMPARED} roles at once.`),
      ),
  }),
  queryIds: true,
  responses: { 200: { description: "The comparison", schema: comparisonSchema } },
  async run({ db, actor, query }) {
    return { status: 200, body: await loadComparison(db, actor, { roles: query.ids }) };
  },
});

export const getRoleApi = defineApi({
  route: "/api/v1/roles/[roleId]",
  method: "GET",
  operationId: "getRole",
  summary: "One role; its ETag is its version",
  permission: "roles.assign",
  params: roleParams,
  responses: { 200: { description: "The role", schema: roleSchema, etag: true } },
  run: ({ db, actor, params }) => roleReply(db, actor, params.roleId),
});

export const updateRoleApi = defineApi({
  route: "/api/v1/roles/[roleId]",
  method: "PATCH",
  operationId: "updateRole",
  summary: "Change a custom role's name, description or permissions (If-Match required)",
  permission: "roles.manage",
  plan: "customRoles",
  params: roleParams,
  body: z
    .object({ name: roleName.optional(), description: roleDescription.unwrap().optional(), permissions: roleFields.shape.permissions.optional() })
    .strict(),
  ifMatch: true,
  responses: { 200: { description: "The saved role", schema: roleSchema, etag: true } },
  async run({ db, actor, params, body, ifMatch }) {
    const role = await findRole(db, actor.orgId, params.roleId);
    if (!role) throw notFound("That role");
    const version = versionFrom(ifMatch, role.version);
    await updateRole(db, actor, {
      roleId: role.id,
      version,
      name: body.name ?? role.name,
      description: body.description ?? role.description,
      permissions: body.permissions ?? configuredPermissions(role.kind, role.permissions),
    });
    return roleReply(db, actor, role.id);
  },
});

export const deleteRoleApi = defineApi({
  route: "/api/v1/roles/[roleId]",
  method: "DELETE",
  operationId: "deleteRole",
  summary: "Delete a custom role; its members move to Agent (If-Match required)",
  permission: "roles.manage",
  params: roleParams,
  ifMatch: true,
  responses: {
    200: {
      description: "The role was deleted",
      schema: z.object({ id: z.uuid(), name: z.string(), membersMoved: z.array(z.object({ id: z.uuid(), name: z.string() })) }),
    },
  },
  async run({ db, actor, params, ifMatch }) {
    const role = await findRole(db, actor.orgId, params.roleId);
    if (!role) throw notFound("That role");
    const version = versionFrom(ifMatch, role.version);
    const holders = await membersWithRole(db, actor.orgId, role.id);
    const { moved } = await deleteRole(db, actor, { roleId: role.id, version, memberCount: holders.length });
    return { status: 200, body: { id: role.id, name: role.name, membersMoved: moved.map((m) => ({ id: m.id, name: m.name })) } };
  },
});

export const duplicateRoleApi = defineApi({
  route: "/api/v1/roles/[roleId]/duplicate",
  method: "POST",
  operationId: "duplicateRole",
  summary: "Create a custom role with another role's permissions (Idempotency-Key honoured)",
  permission: "roles.manage",
  plan: "customRoles",
  params: roleParams,
  body: z.object({ name: roleName, description: roleDescription.unwrap().optional() }).strict(),
  responses: { 201: { description: "The new role", schema: roleSchema, etag: true } },
  async run({ db, actor, params, body }) {
    const source = await findRole(db, actor.orgId, params.roleId);
    if (!source) throw notFound("The role to duplicate");
    const role = await createRole(db, actor, {
      name: body.name,
      description: body.description ?? source.description,
      permissions: configuredPermissions(source.kind, source.permissions),
      duplicatedFromId: source.id,
    });
    return roleReply(db, actor, role.id, 201);
  },
});

export const roleHistoryApi = defineApi({
  route: "/api/v1/roles/[roleId]/history",
  method: "GET",
  operationId: "getRoleHistory",
  summary: "A role's versions and who joined or left it, newest first",
  permission: "roles.manage",
  params: roleParams,
  responses: { 200: { description: "The history", schema: historySchema } },
  async run({ db, actor, params }) {
    const role = await findRole(db, actor.orgId, params.roleId);
    if (!role) throw notFound("That role");
    const [versions, changes] = await Promise.all([listRoleVersions(db, actor.orgId, role.id), listMemberChanges(db, actor.orgId, role.id)]);
    return {
      status: 200,
      body: {
        versions: versions.map((v) => ({
          version: v.version,
          kind: v.kind,
          name: v.name,
          description: v.description,
          permissions: v.permissions,
          added: v.added,
          removed: v.removed,
          restoredFromVersion: v.restoredFromVersion,
          actorName: v.actorName,
          createdAt: v.createdAt,
        })),
        memberChanges: changes.map((c) => ({
          memberId: c.memberId,
          memberName: c.memberName,
          change: c.change,
          actorName: c.actorName,
          createdAt: c.createdAt,
        })),
      },
    };
  },
});
