"use server";

import { assignNumberAction, purchaseNumberAction, setCallerIdAction } from "@/lib/numbers/actions";
import { serverAction } from "@/lib/server-action";

export const purchaseNumber = serverAction(purchaseNumberAction);
export const assignNumber = serverAction(assignNumberAction);
export const setCallerId = serverAction(setCallerIdAction);
