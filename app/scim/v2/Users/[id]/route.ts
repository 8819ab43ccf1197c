import { getUserHandler, replaceUserHandler, patchUserHandler, deleteUserHandler } from "@/lib/scim/handlers";
import { scimRouteHandler } from "@/lib/server-route-handler";

export const GET = scimRouteHandler(getUserHandler);
export const PUT = scimRouteHandler(replaceUserHandler);
export const PATCH = scimRouteHandler(patchUserHandler);
export const DELETE = scimRouteHandler(deleteUserHandler);
