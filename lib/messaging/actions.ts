import { defineAction, type ActionDefinition } from "@/lib/action";
import { createTemplateInput, deleteTemplateInput, sendMessageInput, startConversationInput, updateTemplateInput } from "./schema";
import { sendMessage, startConversation } from "./send";
import { createTemplate, deleteTemplate, updateTemplate } from "./templates";

export const sendMessageAction = defineAction({
  name: "messages.send",
  permission: "messaging.send",
  schema: sendMessageInput,
  async run({ db, actor, input }) {
    const { conversation } = await sendMessage(db, actor, input);
    return { ok: true, message: `Message to ${conversation.contactName || "the contact"} queued with the carrier.` };
  },
});

export const startConversationAction = defineAction({
  name: "messages.start",
  permission: "messaging.send",
  schema: startConversationInput,
  async run({ db, actor, input }) {
    const { conversationId, contact } = await startConversation(db, actor, input);
    return { ok: true, message: `Message to ${contact} queued with the carrier.`, redirectTo: `/messages/${conversationId}` };
  },
});

export const createTemplateAction = defineAction({
  name: "templates.create",
  permission: "messaging.templates",
  schema: createTemplateInput,
  async run({ db, actor, input }) {
    const template = await createTemplate(db, actor, input);
    return { ok: true, message: `Template “${template.name}” created.` };
  },
});

export const updateTemplateAction = defineAction({
  name: "templates.update",
  permission: "messaging.templates",
  schema: updateTemplateInput,
  async run({ db, actor, input }) {
    const { template, changed } = await updateTemplate(db, actor, input);
    return { ok: true, message: changed ? `Saved “${template.name}”.` : `No changes to “${template.name}”.` };
  },
});

export const deleteTemplateAction = defineAction({
  name: "templates.delete",
  permission: "messaging.templates",
  schema: deleteTemplateInput,
  async run({ db, actor, input }) {
    const template = await deleteTemplate(db, actor, input);
    const message = `Deleted the template “${template.name}”.`;
    return { ok: true, message, redirectTo: "/messages/templates", flash: message };
  },
});

export const messagingActions: ActionDefinition[] = [
  sendMessageAction,
  startConversationAction,
  createTemplateAction,
  updateTemplateAction,
  deleteTemplateAction,
] as ActionDefinition[];
