import { addCall } from "./recordings";
import type { MatrixArea } from "./types";

export const analyticsMatrix: MatrixArea = {
  async build(db, scene) {
    const call = await addCall(db, { orgId: scene.org.org.id, memberId: scene.owner.id });
    return { callId: call.id };
  },
  // The export names no row in its path: it always reads the requester's own organisation.
  handlers: {
    "/analytics/export": () => ({}),
  },
};
