import { deactivateMemberApi } from "@/lib/api/endpoints/members";
import { apiRoute } from "@/lib/api/server";

export const POST = apiRoute(deactivateMemberApi);
