"use server";

import { assignRoleAction } from "@/lib/roles/actions";
import { serverAction } from "@/lib/server-action";

export const assignRole = serverAction(assignRoleAction);
