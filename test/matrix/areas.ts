import { analyticsMatrix } from "./analytics";
import { billingMatrix } from "./billing";
import { callFlowsMatrix } from "./call-flows";
import { integrationsMatrix } from "./integrations";
import { membersMatrix } from "./members";
import { messagingMatrix } from "./messaging";
import { numbersMatrix } from "./numbers";
import { recordingsMatrix } from "./recordings";
import { roleChangesMatrix } from "./role-changes";
import type { MatrixArea } from "./types";

export const AREAS: MatrixArea[] = [
  membersMatrix,
  numbersMatrix,
  callFlowsMatrix,
  analyticsMatrix,
  recordingsMatrix,
  messagingMatrix,
  integrationsMatrix,
  billingMatrix,
  roleChangesMatrix,
];
