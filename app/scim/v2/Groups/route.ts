import { listGroupsHandler, createGroupHandler } from "@/lib/scim/handlers";
import { scimRouteHandler } from "@/lib/server-route-handler";

export const GET = scimRouteHandler(listGroupsHandler);
export const POST = scimRouteHandler(createGroupHandler);
