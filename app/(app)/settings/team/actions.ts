"use server";

import {
  deactivateMemberAction,
  inviteMemberAction,
  reactivateMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
  updateProfileAction,
} from "@/lib/members/actions";
import { bulkAssignRoleAction, previewBulkAssignAction } from "@/lib/roles/actions";
import { assignRoleAction } from "@/lib/roles/actions";
import { serverAction } from "@/lib/server-action";

export const assignRole = serverAction(assignRoleAction);
export const inviteMember = serverAction(inviteMemberAction);
export const revokeInvitation = serverAction(revokeInvitationAction);
export const resendInvitation = serverAction(resendInvitationAction);
export const updateProfile = serverAction(updateProfileAction);
export const deactivateMember = serverAction(deactivateMemberAction);
export const reactivateMember = serverAction(reactivateMemberAction);
export const previewBulkAssign = serverAction(previewBulkAssignAction);
export const bulkAssignRole = serverAction(bulkAssignRoleAction);
