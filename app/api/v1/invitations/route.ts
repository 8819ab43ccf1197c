import { createInvitationApi, listInvitationsApi } from "@/lib/api/endpoints/invitations";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(listInvitationsApi);
export const POST = apiRoute(createInvitationApi);
