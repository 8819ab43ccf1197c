import { insertConversation, insertMessage, insertTemplate } from "@/db/queries/messaging";
import { addMatrixNumber } from "./numbers";
import type { MatrixArea } from "./types";

let serial = 0;

// A number with one conversation on it, and a template; the forms name only these rows.
export const messagingMatrix: MatrixArea = {
  async build(db, scene) {
    const orgId = scene.org.org.id;
    const number = await addMatrixNumber(db, orgId, "Matrix texting line");
    const template = await insertTemplate(db, { orgId, name: `Matrix template ${++serial}`, body: "Hi {first_name}, thanks for your message." });
    const conversation = await insertConversation(db, { orgId, numberId: number.id, contactNumber: "+12065550142", contactName: "Matrix Contact" });
    await insertMessage(db, { orgId, conversationId: conversation.id, direction: "inbound", body: "Hello?", status: "received" });
    return { conversationId: conversation.id, templateId: template.id, sendingNumberId: number.id };
  },
  forms: {
    "messages.send": (s) => ({ conversationId: s.ids.conversationId, body: "Thanks, we're on it." }),
    "messages.start": (s) => ({ numberId: s.ids.sendingNumberId, to: "+1 206 555 0177", contactName: "New Contact", body: "Hi from the matrix." }),
    "templates.create": (s) => ({ orgId: s.org.org.id, name: `Matrix new template ${++serial}`, body: "Hello {first_name}." }),
    "templates.update": (s) => ({ templateId: s.ids.templateId, version: "1", name: `Matrix renamed ${++serial}`, body: "Hello again." }),
    "templates.delete": (s) => ({ templateId: s.ids.templateId, version: "1" }),
  },
};
