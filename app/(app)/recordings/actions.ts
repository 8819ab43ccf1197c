"use server";

import { deleteRecordingAction } from "@/lib/recordings/actions";
import { serverAction } from "@/lib/server-action";

export const deleteRecording = serverAction(deleteRecordingAction);
