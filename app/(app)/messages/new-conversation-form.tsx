"use client";

import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import { MESSAGE_MAX } from "@/lib/messaging/limits";
import { startConversation } from "./actions";

/** Texts a contact from one of the organisation's numbers; opens the thread once sent. */
export function NewConversationForm({ numbers, defaultNumberId }: { numbers: { id: string; label: string }[]; defaultNumberId?: string }) {
  const { state, pending, onSubmit } = useActionForm(startConversation);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 sm:grid-cols-2">
      <Select
        label="From"
        name="numberId"
        defaultValue={defaultNumberId}
        errors={errors?.numberId}
        options={numbers.map((n) => ({ value: n.id, label: n.label }))}
      />
      <Field label="To" name="to" type="tel" autoComplete="off" required hint="A mobile number, like +1 415 555 0123." errors={errors?.to} />
      <Field label="Contact name (optional)" name="contactName" limit={80} errors={errors?.contactName} />
      <div className="sm:col-span-2">
        <Field label="Message" name="body" multiline rows={3} limit={MESSAGE_MAX} required errors={errors?.body} />
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
