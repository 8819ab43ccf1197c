// Every action and route-handler definition the app binds. The authorization matrix runs
// each of them for every kind of subject, and static tests fail on any server action or
// route handler bound to a definition missing here.
import type { ActionDefinition } from "@/lib/action";
import type { HandlerDefinition } from "@/lib/route-handler";
import { accountActions } from "@/lib/account/actions";
import { apiKeysActions } from "@/lib/api/actions";
import { analyticsHandlers } from "@/lib/analytics/handlers";
import { billingActions } from "@/lib/billing/actions";
import { billingHandlers } from "@/lib/billing/handlers";
import { callFlowsActions } from "@/lib/call-flows/actions";
import { directoryActions } from "@/lib/directory/actions";
import { integrationsActions } from "@/lib/integrations/actions";
import { membersActions } from "@/lib/members/actions";
import { messagingActions } from "@/lib/messaging/actions";
import { noticesActions } from "@/lib/notices/actions";
import { numbersActions } from "@/lib/numbers/actions";
import { recordingsActions } from "@/lib/recordings/actions";
import { membersHandlers } from "@/lib/members/handlers";
import { auditActions } from "@/lib/audit/actions";
import { auditHandlers } from "@/lib/audit/handlers";
import { recordingsHandlers } from "@/lib/recordings/handlers";
import { rolesActions } from "@/lib/roles/actions";
import { rolesHandlers } from "@/lib/roles/handlers";
import type { ScimHandlerDefinition } from "@/lib/scim/handler";
import { scimHandlers } from "@/lib/scim/handlers";
import { scimActions } from "@/lib/scim/actions";
import { ssoActions } from "@/lib/sso/actions";
import { twoFactorActions } from "@/lib/two-factor/actions";
import { webhooksActions } from "@/lib/webhooks/actions";

export const ACTIONS: readonly ActionDefinition[] = [
  ...rolesActions,
  ...membersActions,
  ...numbersActions,
  ...callFlowsActions,
  ...recordingsActions,
  ...messagingActions,
  ...integrationsActions,
  ...billingActions,
  ...noticesActions,
  ...accountActions,
  ...twoFactorActions,
  ...apiKeysActions,
  ...scimActions,
  ...directoryActions,
  ...ssoActions,
  ...webhooksActions,
  ...auditActions,
] as ActionDefinition[];

export const HANDLERS: readonly HandlerDefinition[] = [
  ...analyticsHandlers,
  ...recordingsHandlers,
  ...billingHandlers,
  ...rolesHandlers,
  ...membersHandlers,
  ...auditHandlers,
] as HandlerDefinition[];

/** SCIM's handlers: guarded by an organisation's bearer token instead of a session (lib/scim/handler.ts). */
export const SCIM_HANDLERS: readonly ScimHandlerDefinition[] = scimHandlers;
