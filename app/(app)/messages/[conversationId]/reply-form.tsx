"use client";

import { useId, useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import { MESSAGE_MAX } from "@/lib/messaging/limits";
import { fillTemplate } from "@/lib/messaging/template-text";
import { sendMessage } from "../actions";

type Template = { id: string; name: string; body: string };

/** The reply box, with the organisation's templates to insert; clears once the carrier has it. */
export function ReplyForm({
  conversationId,
  contactName,
  from,
  templates,
}: {
  conversationId: string;
  contactName: string;
  from: string;
  templates: Template[];
}) {
  const { state, pending, onSubmit } = useActionForm(sendMessage);
  const [body, setBody] = useState("");
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const bodyId = useId();
  const errors = state && !state.ok ? state.fieldErrors?.body : undefined;

  // Clears the box once the carrier has the message: adjusted while rendering, not in an effect, as React advises.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setBody("");
  }

  const insert = () => {
    const template = templates.find((t) => t.id === templateId);
    if (!template) return;
    const text = fillTemplate(template.body, contactName);
    setBody((current) => (current.trim() ? `${current.trimEnd()} ${text}` : text));
    document.getElementById(bodyId)?.focus();
  };

  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3">
      <input type="hidden" name="conversationId" value={conversationId} />
      {templates.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 sm:flex-none">
            <Select
              label="Template"
              value={templateId}
              onChange={(e) => setTemplateId(e.currentTarget.value)}
              className="sm:w-64"
              options={templates.map((t) => ({ value: t.id, label: t.name }))}
            />
          </div>
          <Button variant="secondary" onClick={insert}>
            Insert template
          </Button>
        </div>
      )}
      <div>
        <label htmlFor={bodyId} className="block text-sm font-medium text-slate-800">
          Message
        </label>
        <textarea
          id={bodyId}
          name="body"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          required
          aria-invalid={errors ? true : undefined}
          aria-describedby={`${bodyId}-hint${errors ? ` ${bodyId}-error` : ""}`}
          className={`mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${errors ? "border-red-600" : "border-slate-300"}`}
        />
        <p id={`${bodyId}-hint`} className="mt-1 text-xs text-slate-600">
          Sent from {from}. {body.length}/{MESSAGE_MAX} characters.
        </p>
        {errors && (
          <p id={`${bodyId}-error`} className="mt-1 text-sm text-red-700">
            {errors.join(" ")}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingText="Sending…">
          Send
        </SubmitButton>
        <FormStatus state={state} className="min-w-0 flex-1" />
      </div>
    </form>
  );
}
