import { createRoleApi, listRolesApi } from "@/lib/api/endpoints/roles";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listRolesApi);
export const POST = apiRoute(createRoleApi);
