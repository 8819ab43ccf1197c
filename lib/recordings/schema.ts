import { z } from "zod";

export const deleteRecordingInput = z.object({ recordingId: z.uuid("Choose a recording.") });
