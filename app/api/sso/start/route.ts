import { publicRouteHandler } from "@/lib/public-route-handler";
import { ssoStart } from "@/lib/sso/handlers";

export const GET = publicRouteHandler(ssoStart);
