"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select, type SelectOption } from "@/components/ui/select";
import { assignNumber } from "../actions";

type Props = { numberId: string; current: string; members: SelectOption[]; ringGroups: SelectOption[]; locked?: string };

/** Points the number at a member, a ring group, or nobody; read-only with the reason when `locked`. */
export function AssignForm({ numberId, current, members, ringGroups, locked }: Props) {
  const { state, pending, onSubmit } = useActionForm(assignNumber);
  const errors = state && !state.ok ? state.fieldErrors?.target : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="numberId" value={numberId} />
      <Select
        label="Rings"
        name="target"
        defaultValue={current}
        disabled={!!locked}
        errors={errors}
        hint={locked ?? "Calls to this number ring the member, or the ring group's members."}
        className="max-w-sm"
        groups={[
          { label: "Ring groups", options: ringGroups },
          { label: "Members", options: members },
        ]}
      >
        <option value="none">Nobody (not assigned)</option>
      </Select>
      {!locked && (
        <>
          <SubmitButton pending={pending} pendingText="Saving…">
            Save
          </SubmitButton>
          <FormStatus state={state} />
        </>
      )}
    </form>
  );
}
