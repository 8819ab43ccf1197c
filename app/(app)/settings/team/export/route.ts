import { membersExportHandler } from "@/lib/members/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(membersExportHandler);
