// Every operation of the public API. The OpenAPI document, the API matrix and the static test
// that every app/api/v1 route is bound through apiRoute() all read this list.
import { auditLogApi } from "./endpoints/audit-log";
import { assignRoleApi, getMemberApi, listMembersApi } from "./endpoints/members";
import { listPermissionsApi } from "./endpoints/permissions";
import { createRoleApi, deleteRoleApi, duplicateRoleApi, getRoleApi, listRolesApi, roleHistoryApi, updateRoleApi } from "./endpoints/roles";
import type { ApiDefinition } from "./handler";

export const API_HANDLERS = [
  listPermissionsApi,
  listRolesApi,
  createRoleApi,
  getRoleApi,
  updateRoleApi,
  deleteRoleApi,
  duplicateRoleApi,
  roleHistoryApi,
  listMembersApi,
  getMemberApi,
  assignRoleApi,
  auditLogApi,
] as unknown as readonly ApiDefinition[];
