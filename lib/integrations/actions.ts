import { defineAction, type ActionDefinition } from "@/lib/action";
import { providerLabel, type IntegrationKind } from "./catalog";
import { connectInput, disconnectInput } from "./schema";
import { connect, disconnect } from "./service";

// One pair per kind: each checks its own toggle, and its schema and service refuse the other kind.
function connectAction(kind: IntegrationKind) {
  return defineAction({
    name: kind === "crm" ? "integrations.connectCrm" : "integrations.connectHelpdesk",
    permission: kind === "crm" ? "integrations.crm" : "integrations.helpdesk",
    schema: connectInput(kind),
    async run({ db, actor, input }) {
      const row = await connect(db, actor, kind, input);
      return { ok: true, message: `${providerLabel(input.provider)} connected to ${row.accountName}.` };
    },
  });
}

function disconnectAction(kind: IntegrationKind) {
  return defineAction({
    name: kind === "crm" ? "integrations.disconnectCrm" : "integrations.disconnectHelpdesk",
    permission: kind === "crm" ? "integrations.crm" : "integrations.helpdesk",
    schema: disconnectInput,
    async run({ db, actor, input }) {
      const { provider, changed } = await disconnect(db, actor, kind, input);
      const label = providerLabel(provider);
      return { ok: true, message: changed ? `${label} disconnected. Its API key was deleted.` : `${label} was already disconnected.` };
    },
  });
}

export const connectCrmAction = connectAction("crm");
export const disconnectCrmAction = disconnectAction("crm");
export const connectHelpdeskAction = connectAction("helpdesk");
export const disconnectHelpdeskAction = disconnectAction("helpdesk");

export const integrationsActions: ActionDefinition[] = [
  connectCrmAction,
  disconnectCrmAction,
  connectHelpdeskAction,
  disconnectHelpdeskAction,
] as ActionDefinition[];
