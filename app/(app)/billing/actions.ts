"use server";

import { changePlanAction, updatePaymentMethodAction } from "@/lib/billing/actions";
import { serverAction } from "@/lib/server-action";

export const changePlan = serverAction(changePlanAction);
export const updatePaymentMethod = serverAction(updatePaymentMethodAction);
