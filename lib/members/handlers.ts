import { memberRows } from "@/db/queries/members";
import { csvResponse } from "@/lib/csv";
import { parseId } from "@/lib/ids";
import { defineHandler, type HandlerDefinition } from "@/lib/route-handler";
import { teamFilters } from "@/lib/search-params";
import { membersCsv } from "./export";

/**
 * Team Members as CSV, with the page's search, role filter and order: whoever may view the team
 * list may take it away. Rows come from the requester's own organisation only.
 */
export const membersExportHandler = defineHandler({
  route: "/settings/team/export",
  permission: "members.view",
  async run({ db, actor, request }) {
    const { q, role, sort } = teamFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await memberRows(db, actor.orgId, { q, roleId: parseId(role) ?? undefined, sort });
    return csvResponse(membersCsv(rows), "team-members.csv");
  },
});

export const membersHandlers: HandlerDefinition[] = [membersExportHandler];
