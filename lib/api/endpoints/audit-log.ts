import { z } from "zod";
import { listAuditAfter } from "@/db/queries/audit";
import { AUDIT_ACTIONS } from "@/db/schema";
import { defineApi } from "../handler";
import { auditEventSchema, page, pagingQuery } from "../schemas";

export const auditLogApi = defineApi({
  route: "/api/v1/audit-log",
  method: "GET",
  operationId: "listAuditEvents",
  summary: "The audit log, newest first: filter by actor, action, target and time, cursor paging",
  permission: "roles.manage",
  query: z
    .object({
      actorId: z.uuid("The actor is not valid.").optional(),
      action: z.enum(AUDIT_ACTIONS, "Unknown action.").optional(),
      targetId: z.uuid("The target is not valid.").optional(),
      since: z.iso.datetime({ offset: true, message: "Since is an ISO 8601 date and time." }).optional(),
      until: z.iso.datetime({ offset: true, message: "Until is an ISO 8601 date and time." }).optional(),
      ...pagingQuery,
    })
    .refine((q) => !q.since || !q.until || new Date(q.since) < new Date(q.until), "Since must be before until."),
  responses: { 200: { description: "A page of audit events", schema: page(auditEventSchema) } },
  async run({ db, actor, query }) {
    const rows = await listAuditAfter(db, actor.orgId, {
      ...query,
      since: query.since ? new Date(query.since) : undefined,
      until: query.until ? new Date(query.until) : undefined,
    });
    const more = rows.length > query.limit;
    const data = rows.slice(0, query.limit).map((e) => ({
      id: e.id,
      action: e.action,
      actorId: e.actorId,
      actorName: e.actorName,
      targetId: e.targetId,
      targetName: e.targetName,
      details: e.details,
      createdAt: e.createdAt,
    }));
    return { status: 200, body: { data, nextCursor: more ? data.at(-1)!.id : null } };
  },
});
