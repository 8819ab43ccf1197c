"use server";

import { createRoleAction, deleteRoleAction, restoreRoleAction, updateRoleAction } from "@/lib/roles/actions";
import { serverAction } from "@/lib/server-action";

export const createRole = serverAction(createRoleAction);
export const updateRole = serverAction(updateRoleAction);
export const deleteRole = serverAction(deleteRoleAction);
export const restoreRoleVersion = serverAction(restoreRoleAction);
