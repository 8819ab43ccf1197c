import { exportReportHandler } from "@/lib/analytics/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(exportReportHandler);
