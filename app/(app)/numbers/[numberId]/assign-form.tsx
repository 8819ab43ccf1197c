"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignNumber } from "../actions";

type Option = { value: string; label: string };

type Props = { numberId: string; current: string; members: Option[]; ringGroups: Option[]; locked?: string };

/** Points the number at a member, a ring group, or nobody; read-only with the reason when `locked`. */
export function AssignForm({ numberId, current, members, ringGroups, locked }: Props) {
  const { state, pending, onSubmit } = useActionForm(assignNumber);
  const errors = state && !state.ok ? state.fieldErrors?.target : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="numberId" value={numberId} />
      <div>
        <label htmlFor="number-target" className="block text-sm font-medium">
          Rings
        </label>
        <select
          id="number-target"
          name="target"
          defaultValue={current}
          disabled={!!locked}
          aria-invalid={errors ? true : undefined}
          aria-describedby={locked ? "number-target-locked" : errors ? "number-target-error" : "number-target-hint"}
          className="mt-1 block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 text-sm disabled:bg-slate-100"
        >
          <option value="none">Nobody (not assigned)</option>
          {ringGroups.length > 0 && (
            <optgroup label="Ring groups">
              {ringGroups.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
          {members.length > 0 && (
            <optgroup label="Members">
              {members.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {locked ? (
          <p id="number-target-locked" className="mt-1 text-sm text-slate-700">
            {locked}
          </p>
        ) : (
          <p id="number-target-hint" className="mt-1 text-xs text-slate-600">
            Calls to this number ring the member, or the ring group's members.
          </p>
        )}
        {errors && (
          <p id="number-target-error" className="mt-1 text-sm text-red-700">
            {errors.join(" ")}
          </p>
        )}
      </div>
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
