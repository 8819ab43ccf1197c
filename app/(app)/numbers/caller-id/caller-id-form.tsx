"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import { setCallerId } from "../actions";

type Props = { memberId: string; memberName: string; current: string; options: { id: string; label: string }[] };

/** One member's outbound caller ID, chosen from the organisation's numbers. */
export function CallerIdForm({ memberId, memberName, current, options }: Props) {
  const { state, pending, onSubmit } = useActionForm(setCallerId);
  return (
    <form onSubmit={onSubmit} className="w-full space-y-1 sm:w-auto">
      <input type="hidden" name="memberId" value={memberId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 sm:flex-none">
          <Select
            label={`Caller ID for ${memberName}`}
            name="numberId"
            defaultValue={current}
            className="sm:w-80"
            options={options.map((o) => ({ value: o.id, label: o.label }))}
          >
            <option value="">None</option>
          </Select>
        </div>
        <SubmitButton pending={pending} pendingText="Saving…" variant="secondary" aria-label={`Save caller ID for ${memberName}`}>
          Save
        </SubmitButton>
      </div>
      <FormStatus state={state} className="sm:max-w-96" />
    </form>
  );
}
