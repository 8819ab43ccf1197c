import { getGroupHandler, replaceGroupHandler, patchGroupHandler, deleteGroupHandler } from "@/lib/scim/handlers";
import { scimRouteHandler } from "@/lib/server-route-handler";

export const GET = scimRouteHandler(getGroupHandler);
export const PUT = scimRouteHandler(replaceGroupHandler);
export const PATCH = scimRouteHandler(patchGroupHandler);
export const DELETE = scimRouteHandler(deleteGroupHandler);
