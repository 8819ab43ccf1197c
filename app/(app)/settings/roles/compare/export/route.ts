import { compareExportHandler } from "@/lib/roles/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(compareExportHandler);
