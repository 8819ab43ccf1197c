import { publicRouteHandler } from "@/lib/public-route-handler";
import { ssoCallback } from "@/lib/sso/handlers";

export const GET = publicRouteHandler(ssoCallback);
