import { revokeInvitationApi } from "@/lib/api/endpoints/invitations";
import { apiRoute } from "@/lib/api/server";

export const DELETE = apiRoute(revokeInvitationApi);
