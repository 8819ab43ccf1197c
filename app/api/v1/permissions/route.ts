import { listPermissionsApi } from "@/lib/api/endpoints/permissions";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listPermissionsApi);
