import { assignRoleApi } from "@/lib/api/endpoints/members";
import { apiRoute } from "@/lib/api/server";

export const PUT = apiRoute(assignRoleApi);
