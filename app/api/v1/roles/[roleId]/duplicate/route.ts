import { duplicateRoleApi } from "@/lib/api/endpoints/roles";
import { apiRoute } from "@/lib/api/server";

export const POST = apiRoute(duplicateRoleApi);
