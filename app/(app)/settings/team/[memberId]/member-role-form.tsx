"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import type { MemberImpact } from "@/lib/roles/impact";
import { assignRole } from "../actions";
import { useAssignRoleConfirmation } from "../_components/assign-role-confirmation";
import { roleOption } from "../_components/role-option";

const GROUPS = ["Built-in roles", "Custom roles"] as const;

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
        groups={GROUPS.map((group) => ({
          label: group,
          options: options.filter((o) => o.group === group).map((o) => roleOption(o, o.id === currentRoleId)),
        }))}
      />
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
