import type { MatrixArea } from "./types";

// Filled in as the area lands (issue 3).
export const analyticsMatrix: MatrixArea = {};
