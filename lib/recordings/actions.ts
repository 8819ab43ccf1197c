import { defineAction, type ActionDefinition } from "@/lib/action";
import { deleteRecordingInput } from "./schema";
import { deleteRecording } from "./service";

export const deleteRecordingAction = defineAction({
  name: "recordings.delete",
  permission: "recordings.delete",
  schema: deleteRecordingInput,
  async run({ db, actor, input }) {
    const recording = await deleteRecording(db, actor, input);
    return {
      ok: true,
      message: `Deleted the recording: ${recording.name}.`,
      // The list says so itself: no text from the URL is shown as a message.
      redirectTo: "/recordings?deleted=1",
    };
  },
});

export const recordingsActions: ActionDefinition[] = [deleteRecordingAction as ActionDefinition];
