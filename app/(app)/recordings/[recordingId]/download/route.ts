import { downloadRecordingHandler } from "@/lib/recordings/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(downloadRecordingHandler);
