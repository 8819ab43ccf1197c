import { bulkAssignToken } from "@/lib/roles/bulk-assign";
import type { MatrixArea } from "./types";

// Previews and bulk assignment act on the scene's target role and its agent, like single
// assignment: the token is the one a preview of that selection returns.
export const roleChangesMatrix: MatrixArea = {
  forms: {
    "roles.previewUpdate": (s) => ({ roleId: s.target.id, name: "Matrix preview", permissions: ["members.view"] }),
    "roles.previewBulkAssign": (s) => ({ roleId: s.target.id, memberIds: [s.agent.id] }),
    "roles.bulkAssign": (s) => ({
      roleId: s.target.id,
      memberIds: [s.agent.id],
      token: bulkAssignToken(s.target, [{ id: s.agent.id, roleId: s.agent.roleId, status: s.agent.status }]),
    }),
  },
};
