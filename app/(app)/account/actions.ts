"use server";

import { changePasswordAction } from "@/lib/account/actions";
import { serverAction } from "@/lib/server-action";

export const changePassword = serverAction(changePasswordAction);
