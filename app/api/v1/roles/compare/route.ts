import { compareRolesApi } from "@/lib/api/endpoints/roles";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(compareRolesApi);
