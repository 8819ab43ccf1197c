import { listAuditAfter } from "@/db/queries/audit";
import type { AuditEvent } from "@/db/schema";
import { csvResponse, csvRow } from "@/lib/csv";
import { defineHandler, type HandlerDefinition } from "@/lib/route-handler";
import { describeAudit } from "./describe";
import { auditFilter, parseAuditView } from "./filters";

/** The most rows one export holds: a narrower filter takes the rest. */
const AUDIT_EXPORT_LIMIT = 50_000;

function auditCsv(rows: AuditEvent[]): string {
  const header = csvRow(["Time (UTC)", "Actor", "Action", "Target", "Summary", "Details"]);
  return (
    header +
    rows
      .map((event) => {
        const { summary, details } = describeAudit(event);
        return csvRow([event.createdAt.toISOString(), event.actorName, event.action, event.targetName, `${event.actorName} ${summary}`, details.join("; ")]);
      })
      .join("")
  );
}

/**
 * The audit log as CSV, with the page's filters (never its paging): whoever may read the log may
 * take it away. Rows come from the requester's own organisation only.
 */
export const auditExportHandler = defineHandler({
  route: "/settings/audit-log/export",
  permission: "roles.manage",
  async run({ db, actor, request }) {
    const { view } = parseAuditView(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await listAuditAfter(db, actor.orgId, { ...auditFilter(view), limit: AUDIT_EXPORT_LIMIT });
    return csvResponse(auditCsv(rows.slice(0, AUDIT_EXPORT_LIMIT)), "audit-log.csv");
  },
});

export const auditHandlers: HandlerDefinition[] = [auditExportHandler];
