import { z } from "zod";
import { findOpenInvitation, listOpenInvitationsAfter } from "@/db/queries/invitations";
import { notFound } from "@/lib/errors";
import { inviteInput } from "@/lib/members/schema";
import { invitationState, inviteMember, revokeInvitation } from "@/lib/members/invitations";
import { defineApi } from "../handler";
import { invitationSchema, page, pagingQuery } from "../schemas";

const invitationParams = z.object({ invitationId: z.uuid() });

type Row = Awaited<ReturnType<typeof listOpenInvitationsAfter>>[number];

const invitationView = (row: Row, now = new Date()) => ({
  id: row.id,
  email: row.email,
  role: { id: row.roleId, name: row.roleName, kind: row.roleKind },
  state: invitationState({ acceptedAt: null, revokedAt: null, expiresAt: row.expiresAt }, now) as "pending" | "expired",
  invitedByName: row.invitedByName,
  expiresAt: row.expiresAt,
  createdAt: row.createdAt,
});

export const listInvitationsApi = defineApi({
  route: "/api/v1/invitations",
  method: "GET",
  operationId: "listInvitations",
  summary: "Open invitations (pending, or expired and not yet revoked), newest first, cursor paging",
  permission: "members.view",
  query: z.object(pagingQuery),
  responses: { 200: { description: "A page of invitations", schema: page(invitationSchema) } },
  async run({ db, actor, query }) {
    const rows = await listOpenInvitationsAfter(db, actor.orgId, query);
    const more = rows.length > query.limit;
    const data = rows.slice(0, query.limit).map((row) => invitationView(row));
    return { status: 200, body: { data, nextCursor: more ? data.at(-1)!.id : null } };
  },
});

export const createInvitationApi = defineApi({
  route: "/api/v1/invitations",
  method: "POST",
  operationId: "createInvitation",
  summary: "Invite someone with a role: the invitation email carries the link, which the API never returns (Idempotency-Key honoured)",
  permission: "members.invite",
  body: inviteInput.strict(),
  responses: { 201: { description: "The invitation, pending", schema: invitationSchema } },
  async run({ db, actor, body }) {
    const { invitation } = await inviteMember(db, actor, body);
    const row = await findOpenInvitation(db, actor.orgId, invitation.id);
    if (!row) throw notFound("That invitation");
    return { status: 201, body: invitationView(row) };
  },
});

export const revokeInvitationApi = defineApi({
  route: "/api/v1/invitations/[invitationId]",
  method: "DELETE",
  operationId: "revokeInvitation",
  summary: "Revoke an invitation: its link stops working (an accepted one is a 409)",
  permission: "members.invite",
  params: invitationParams,
  responses: {
    200: {
      description: "The invitation is revoked; changed is false when it already was",
      schema: z.object({ id: z.uuid(), email: z.string(), revoked: z.literal(true), changed: z.boolean() }),
    },
  },
  async run({ db, actor, params }) {
    const { invitation, changed } = await revokeInvitation(db, actor, { invitationId: params.invitationId });
    return { status: 200, body: { id: invitation.id, email: invitation.email, revoked: true, changed } };
  },
});
