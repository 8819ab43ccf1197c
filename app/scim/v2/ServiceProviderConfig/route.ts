import { serviceProviderConfigHandler } from "@/lib/scim/handlers";
import { scimRouteHandler } from "@/lib/server-route-handler";

export const GET = scimRouteHandler(serviceProviderConfigHandler);
