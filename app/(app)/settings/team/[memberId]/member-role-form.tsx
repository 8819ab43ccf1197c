"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import type { MemberImpact } from "@/lib/roles/impact";
import { assignRole } from "../actions";
import { useAssignRoleConfirmation } from "../_components/assign-role-confirmation";

export type RoleOption = { id: string; name: string; group: "Built-in roles" | "Custom roles"; unavailable?: string };

type Props = {
  memberId: string;
  currentRoleId: string;
  options: RoleOption[];
  locked?: string;
  /** What the member gains and loses with each role, by role id: shown before saving. */
  impacts?: Record<string, MemberImpact>;
};

export function MemberRoleForm({ memberId, currentRoleId, options, locked, impacts = {} }: Props) {
  const { state, pending, onSubmit } = useActionForm(assignRole);
  const { formRef, intercept, dialog } = useAssignRoleConfirmation(currentRoleId, impacts, (id) => options.find((o) => o.id === id)?.name ?? "");
  const [roleId, setRoleId] = useState(currentRoleId);
  const errors = state && !state.ok ? state.fieldErrors?.roleId : undefined;
  const groups = ["Built-in roles", "Custom roles"] as const;
  return (
    <form ref={formRef} onSubmit={(e) => intercept(e) || onSubmit(e)} className="space-y-3">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="fromRoleId" value={currentRoleId} />
      <Select
        label="Role"
        name="roleId"
        value={roleId}
        onChange={(e) => setRoleId(e.currentTarget.value)}
        disabled={!!locked}
        hint={locked}
        errors={errors}
        className="max-w-sm"
      >
        {groups.map((group) => {
          const inGroup = options.filter((o) => o.group === group);
          return inGroup.length ? (
            <optgroup key={group} label={group}>
              {inGroup.map((option) => (
                <option key={option.id} value={option.id} disabled={!!option.unavailable && option.id !== currentRoleId}>
                  {option.unavailable ? `${option.name} (${option.unavailable})` : option.name}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </Select>
      {!locked && (
        <SubmitButton pending={pending} pendingText="Saving…">
          Save Changes
        </SubmitButton>
      )}
      <FormStatus state={state} />
      {dialog}
    </form>
  );
}
