import { publicRouteHandler } from "@/lib/public-route-handler";
import { createQaOrganizationRoute } from "@/lib/qa/handler";

export const POST = publicRouteHandler(createQaOrganizationRoute);
