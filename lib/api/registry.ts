// Every operation of the public API. The OpenAPI document, the API matrix and the static test
// that every app/api/v1 route is bound through apiRoute() all read this list.
import { auditLogApi } from "./endpoints/audit-log";
import { createInvitationApi, listInvitationsApi, revokeInvitationApi } from "./endpoints/invitations";
import { assignRoleApi, deactivateMemberApi, getMemberApi, listMembersApi, reactivateMemberApi } from "./endpoints/members";
import { listPermissionsApi } from "./endpoints/permissions";
import { compareRolesApi, createRoleApi, deleteRoleApi, duplicateRoleApi, getRoleApi, listRolesApi, roleHistoryApi, updateRoleApi } from "./endpoints/roles";
import {
  createWebhookEndpointApi,
  deleteWebhookEndpointApi,
  getWebhookEndpointApi,
  listWebhookDeliveriesApi,
  listWebhookEndpointsApi,
  redeliverWebhookApi,
  updateWebhookEndpointApi,
} from "./endpoints/webhooks";
import type { ApiDefinition } from "./handler";

export const API_HANDLERS = [
  listPermissionsApi,
  listRolesApi,
  createRoleApi,
  // Before getRole: /roles/compare is a path of its own, not a role id.
  compareRolesApi,
  getRoleApi,
  updateRoleApi,
  deleteRoleApi,
  duplicateRoleApi,
  roleHistoryApi,
  listMembersApi,
  getMemberApi,
  assignRoleApi,
  deactivateMemberApi,
  reactivateMemberApi,
  listInvitationsApi,
  createInvitationApi,
  revokeInvitationApi,
  auditLogApi,
  listWebhookEndpointsApi,
  createWebhookEndpointApi,
  getWebhookEndpointApi,
  updateWebhookEndpointApi,
  deleteWebhookEndpointApi,
  listWebhookDeliveriesApi,
  redeliverWebhookApi,
] as unknown as readonly ApiDefinition[];
