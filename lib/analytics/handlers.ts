import type { HandlerDefinition } from "@/lib/route-handler";
import { defineHandler } from "@/lib/route-handler";
import { countExportRows, exportFileName, exportStream } from "./export";
import { ROW_COUNT_HEADER } from "./export-link";
import { periodRange, requirePeriod } from "./period";

export const exportReportHandler = defineHandler({
  route: "/analytics/export",
  permission: "analytics.export",
  async run({ db, actor, request }) {
    const range = periodRange(requirePeriod(new URL(request.url).searchParams.get("period")));
    const rows = await countExportRows(db, actor, range);
    return new Response(exportStream(db, actor, range), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName(actor, range)}"`,
        "cache-control": "no-store",
        [ROW_COUNT_HEADER]: String(rows),
      },
    });
  },
});

export const analyticsHandlers: HandlerDefinition[] = [exportReportHandler];
