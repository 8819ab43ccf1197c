import { listUsersHandler, createUserHandler } from "@/lib/scim/handlers";
import { scimRouteHandler } from "@/lib/server-route-handler";

export const GET = scimRouteHandler(listUsersHandler);
export const POST = scimRouteHandler(createUserHandler);
