"use server";

import { createTemplateAction, deleteTemplateAction, sendMessageAction, startConversationAction, updateTemplateAction } from "@/lib/messaging/actions";
import { serverAction } from "@/lib/server-action";

export const sendMessage = serverAction(sendMessageAction);
export const startConversation = serverAction(startConversationAction);
export const createTemplate = serverAction(createTemplateAction);
export const updateTemplate = serverAction(updateTemplateAction);
export const deleteTemplate = serverAction(deleteTemplateAction);
