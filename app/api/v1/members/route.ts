import { listMembersApi } from "@/lib/api/endpoints/members";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listMembersApi);
