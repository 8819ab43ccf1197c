"use client";

import { useId } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { MESSAGE_MAX } from "@/lib/messaging/limits";
import { startConversation } from "./actions";

/** Texts a contact from one of the organisation's numbers; opens the thread once sent. */
export function NewConversationForm({ numbers, defaultNumberId }: { numbers: { id: string; label: string }[]; defaultNumberId?: string }) {
  const { state, pending, onSubmit } = useActionForm(startConversation);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fromId = useId();
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={fromId} className="block text-sm font-medium text-slate-800">
          From
        </label>
        <select
          id={fromId}
          name="numberId"
          defaultValue={defaultNumberId}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {numbers.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </div>
      <Field label="To" name="to" type="tel" autoComplete="off" required hint="A mobile number, like +1 415 555 0123." errors={errors?.to} />
      <Field label="Contact name (optional)" name="contactName" maxLength={80} errors={errors?.contactName} />
      <div className="sm:col-span-2">
        <Field label="Message" name="body" multiline rows={3} maxLength={MESSAGE_MAX} required errors={errors?.body} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton pending={pending} pendingText="Sending…">
          Send message
        </SubmitButton>
        <FormStatus state={state} className="min-w-0 flex-1" />
      </div>
    </form>
  );
}
