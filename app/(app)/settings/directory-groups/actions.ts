"use server";

import { previewDirectoryMappingAction, saveDirectoryMappingAction } from "@/lib/directory/actions";
import { serverAction } from "@/lib/server-action";

export const previewDirectoryMapping = serverAction(previewDirectoryMappingAction);
export const saveDirectoryMapping = serverAction(saveDirectoryMappingAction);
