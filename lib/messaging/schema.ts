import { z } from "zod";
import { versionField } from "@/lib/form-numbers";
import { organizationId } from "@/lib/orgs/org-scope";
import { uuid } from "@/lib/roles/schema";
import { MESSAGE_MAX } from "./limits";

const CONTROL = /[\p{Cc}\p{Cf}]/u;

// Browsers submit a textarea's line breaks as CRLF: store LF, and count each break once.
const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `${what[0].toUpperCase()}${what.slice(1)} can be at most ${max} characters.`)
    .refine((value) => !CONTROL.test(value.replace(/[\n\t]/g, "")), `${what[0].toUpperCase()}${what.slice(1)} can't contain control characters.`);

const messageBody = text("a message", MESSAGE_MAX);

export const sendMessageInput = z.object({
  conversationId: uuid("The conversation"),
  body: messageBody,
});

export const startConversationInput = z.object({
  numberId: uuid("The sending number"),
  // Parsed in the service, which knows the sending number's country.
  to: z.string({ error: "Enter the number to text." }).trim().min(1, "Enter the number to text.").max(40, "Enter the number to text."),
  contactName: z
    .string()
    .trim()
    .max(80, "Names can be at most 80 characters.")
    .refine((value) => !CONTROL.test(value), "Names can't contain control characters.")
    .default(""),
  body: messageBody,
});

const templateFields = z.object({
  name: z
    .string({ error: "Enter a name for the template." })
    .trim()
    .min(1, "Enter a name for the template.")
    .max(60, "Template names can be at most 60 characters.")
    .refine((value) => !CONTROL.test(value), "Template names can't contain control characters."),
  body: text("the template text", MESSAGE_MAX),
});

export const createTemplateInput = templateFields.extend({ orgId: organizationId });

export const updateTemplateInput = templateFields.extend({
  templateId: uuid("The template"),
  version: versionField,
});

export const deleteTemplateInput = z.object({
  templateId: uuid("The template"),
  version: versionField,
});
