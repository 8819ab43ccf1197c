import { z } from "zod";
import type { Db } from "@/db";
import { findMember, listMembersAfter } from "@/db/queries/members";
import type { Access } from "@/lib/authz/check";
import { DomainError, notFound } from "@/lib/errors";
import { hasNoControlCharacters } from "@/lib/search-params";
import { effectiveAccessOf } from "@/lib/members/effective";
import { setAccountStatus } from "@/lib/members/profiles";
import { assignRole, STALE_MEMBER_ROLE_MESSAGE } from "@/lib/roles/service";
import { defineApi, type ApiReply } from "../handler";
import { memberDetailSchema, memberSchema, page, pagingQuery } from "../schemas";

const memberParams = z.object({ memberId: z.uuid() });

/** One member with what they hold now; the ETag is the role they hold, which PUT .../role changes. */
async function memberReply(db: Db, actor: Access, memberId: string): Promise<ApiReply> {
  const [member, effective] = await Promise.all([findMember(db, actor.orgId, memberId), effectiveAccessOf(db, actor, memberId)]);
  if (!member || !effective) throw notFound("That member");
  return {
    status: 200,
    etag: member.roleId,
    body: {
      id: member.id,
      name: member.name,
      email: member.email,
      status: member.status,
      role: { id: member.roleId, name: member.roleName, kind: member.roleKind },
      roleInactive: effective.roleInactive,
      effectivePermissions: effective.holds,
    },
  };
}

export const listMembersApi = defineApi({
  route: "/api/v1/members",
  method: "GET",
  operationId: "listMembers",
  summary: "Members in name order: search by name or email, filter by role and status, cursor paging",
  permission: "members.view",
  query: z.object({
    q: z
      .string()
      .trim()
      .max(100, "Search is at most 100 characters.")
      .refine(hasNoControlCharacters, "Search cannot hold control characters such as NUL or a line break.")
      .optional(),
    roleId: z.uuid("The role filter is not valid.").optional(),
    status: z.enum(["active", "deactivated"], "Status is active or deactivated.").optional(),
    ...pagingQuery,
  }),
  responses: { 200: { description: "A page of members", schema: page(memberSchema) } },
  async run({ db, actor, query }) {
    const rows = await listMembersAfter(db, actor.orgId, query);
    const more = rows.length > query.limit;
    const data = rows
      .slice(0, query.limit)
      .map((r) => ({ id: r.id, name: r.name, email: r.email, status: r.status, role: { id: r.roleId, name: r.roleName, kind: r.roleKind } }));
    return { status: 200, body: { data, nextCursor: more ? data.at(-1)!.id : null } };
  },
});

export const getMemberApi = defineApi({
  route: "/api/v1/members/[memberId]",
  method: "GET",
  operationId: "getMember",
  summary: "One member, with the permissions they hold now",
  permission: "members.view",
  params: memberParams,
  responses: { 200: { description: "The member", schema: memberDetailSchema, etag: true } },
  run: ({ db, actor, params }) => memberReply(db, actor, params.memberId),
});

export const assignRoleApi = defineApi({
  route: "/api/v1/members/[memberId]/role",
  method: "PUT",
  operationId: "assignMemberRole",
  summary: "Give a member another role (If-Match: the member's ETag)",
  permission: "roles.assign",
  params: memberParams,
  body: z.object({ roleId: z.uuid("The role is not valid.") }).strict(),
  ifMatch: true,
  responses: { 200: { description: "The member with their new role", schema: memberDetailSchema, etag: true } },
  async run({ db, actor, params, body, ifMatch }) {
    // The ETag is a role id: anything else can only be stale.
    const fromRoleId = ifMatch === "*" ? undefined : ifMatch!;
    if (fromRoleId !== undefined && !z.uuid().safeParse(fromRoleId).success) throw new DomainError("conflict", STALE_MEMBER_ROLE_MESSAGE);
    await assignRole(db, actor, { memberId: params.memberId, roleId: body.roleId, fromRoleId });
    return memberReply(db, actor, params.memberId);
  },
});

/** Deactivating or reactivating through the service the team page uses: same guards, audit, history and notices. */
const statusApi = (to: "deactivated" | "active") =>
  defineApi({
    route: to === "deactivated" ? "/api/v1/members/[memberId]/deactivate" : "/api/v1/members/[memberId]/reactivate",
    method: "POST",
    operationId: to === "deactivated" ? "deactivateMember" : "reactivateMember",
    summary:
      to === "deactivated"
        ? "Deactivate a member: their sessions and API keys stop at once, nothing of theirs is removed (a no-op when already deactivated)"
        : "Reactivate a member: they can sign in again with their password (a no-op when already active)",
    permission: "members.deactivate",
    params: memberParams,
    responses: { 200: { description: "The member with their status now", schema: memberDetailSchema, etag: true } },
    async run({ db, actor, params }) {
      await setAccountStatus(db, actor, { memberId: params.memberId }, to);
      return memberReply(db, actor, params.memberId);
    },
  });

export const deactivateMemberApi = statusApi("deactivated");
export const reactivateMemberApi = statusApi("active");
