import { accountMatrix } from "./account";
import { apiKeysMatrix } from "./api-keys";
import { analyticsMatrix } from "./analytics";
import { billingMatrix } from "./billing";
import { callFlowsMatrix } from "./call-flows";
import { directoryMatrix } from "./directory";
import { integrationsMatrix } from "./integrations";
import { membersMatrix } from "./members";
import { messagingMatrix } from "./messaging";
import { noticesMatrix } from "./notices";
import { numbersMatrix } from "./numbers";
import { recordingsMatrix } from "./recordings";
import { rolesMatrix } from "./roles";
import { ssoMatrix } from "./sso";
import type { MatrixArea } from "./types";
import { webhooksMatrix } from "./webhooks";

export const AREAS: MatrixArea[] = [
  membersMatrix,
  numbersMatrix,
  callFlowsMatrix,
  analyticsMatrix,
  recordingsMatrix,
  messagingMatrix,
  integrationsMatrix,
  billingMatrix,
  rolesMatrix,
  noticesMatrix,
  accountMatrix,
  apiKeysMatrix,
  directoryMatrix,
  ssoMatrix,
  webhooksMatrix,
];
