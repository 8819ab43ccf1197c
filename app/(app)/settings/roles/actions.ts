"use server";

import { createRoleAction, deleteRoleAction, updateRoleAction } from "@/lib/roles/actions";
import { previewRoleUpdateAction } from "@/lib/role-changes/actions";
import { serverAction } from "@/lib/server-action";

export const createRole = serverAction(createRoleAction);
export const updateRole = serverAction(updateRoleAction);
export const deleteRole = serverAction(deleteRoleAction);
export const previewRoleUpdate = serverAction(previewRoleUpdateAction);
