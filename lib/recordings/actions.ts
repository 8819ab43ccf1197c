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
      redirectTo: "/recordings",
      flash: "Recording deleted. The call stays in the figures; its audio and transcript are gone.",
    };
  },
});

export const recordingsActions: ActionDefinition[] = [deleteRecordingAction];
