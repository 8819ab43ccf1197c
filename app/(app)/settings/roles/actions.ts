"use server";

import { confirmReviewAction, createRoleAction, deleteRoleAction, removeUnusedAction, restoreRoleAction, updateRoleAction } from "@/lib/roles/actions";
import { previewRoleUpdateAction } from "@/lib/roles/actions";
import { serverAction } from "@/lib/server-action";

export const createRole = serverAction(createRoleAction);
export const updateRole = serverAction(updateRoleAction);
export const deleteRole = serverAction(deleteRoleAction);
export const restoreRoleVersion = serverAction(restoreRoleAction);
export const confirmReview = serverAction(confirmReviewAction);
export const removeUnusedPermissions = serverAction(removeUnusedAction);
export const previewRoleUpdate = serverAction(previewRoleUpdateAction);
