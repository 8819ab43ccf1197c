import { defineHandler, type HandlerDefinition } from "@/lib/route-handler";
import { csvResponse } from "@/lib/csv";
import { invalid } from "@/lib/errors";
import { loadComparison } from "./compare-load";
import { comparisonCsv, parseCompareQuery } from "./compare";

/** The comparison as CSV; with no roles named, every role of the organisation. */
export const compareExportHandler = defineHandler({
  route: "/settings/roles/compare/export",
  permission: "roles.assign",
  async run({ db, actor, request }) {
    const query = parseCompareQuery(new URL(request.url).searchParams);
    if (!query.success) throw invalid(query.error.issues[0]?.message ?? "The roles to compare are not valid.");
    const comparison = await loadComparison(db, actor, query.data);
    return csvResponse(comparisonCsv(comparison), "role-comparison.csv");
  },
});

export const rolesHandlers: HandlerDefinition[] = [compareExportHandler];
