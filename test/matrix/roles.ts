import type { MatrixArea } from "./types";

// The comparison export names its roles in the query: with none, it compares every role of
// the requester's own organisation.
export const rolesMatrix: MatrixArea = {
  handlers: {
    "/settings/roles/compare/export": () => ({}),
  },
};
