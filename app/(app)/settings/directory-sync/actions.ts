"use server";

import { createScimTokenAction, revokeScimTokenAction } from "@/lib/scim/actions";
import { serverAction } from "@/lib/server-action";

export const createScimToken = serverAction(createScimTokenAction);
export const revokeScimToken = serverAction(revokeScimTokenAction);
