import { openApiRoute } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(openApiRoute);
