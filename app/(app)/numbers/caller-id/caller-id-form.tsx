"use client";

import { useId } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { setCallerId } from "../actions";

type Props = { memberId: string; memberName: string; current: string; options: { id: string; label: string }[] };

/** One member's outbound caller ID, chosen from the organisation's numbers. */
export function CallerIdForm({ memberId, memberName, current, options }: Props) {
  const { state, pending, onSubmit } = useActionForm(setCallerId);
  const id = useId();
  return (
    <form onSubmit={onSubmit} className="w-full space-y-1 sm:w-auto">
      <input type="hidden" name="memberId" value={memberId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 sm:flex-none">
          <label htmlFor={id} className="block text-xs font-medium text-slate-700">
            Caller ID for {memberName}
          </label>
          <select id={id} name="numberId" defaultValue={current} className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm sm:w-80">
            <option value="">None</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pending={pending} pendingText="Saving…" variant="secondary" aria-label={`Save caller ID for ${memberName}`}>
          Save
        </SubmitButton>
      </div>
      <FormStatus state={state} className="sm:max-w-96" />
    </form>
  );
}
