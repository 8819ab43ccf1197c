import { deleteRoleApi, getRoleApi, updateRoleApi } from "@/lib/api/endpoints/roles";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(getRoleApi);
export const PATCH = apiRoute(updateRoleApi);
export const DELETE = apiRoute(deleteRoleApi);
