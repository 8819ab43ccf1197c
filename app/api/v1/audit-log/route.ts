import { auditLogApi } from "@/lib/api/endpoints/audit-log";
import { apiRoute } from "@/lib/api/server";

export const GET = apiRoute(auditLogApi);
