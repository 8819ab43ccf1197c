import { auditExportHandler } from "@/lib/audit/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(auditExportHandler);
