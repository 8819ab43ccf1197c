"use server";

import { serverAction } from "@/lib/server-action";
import { setTwoFactorRequirementAction } from "@/lib/two-factor/actions";

export const setTwoFactorRequirement = serverAction(setTwoFactorRequirementAction);
