"use client";

import { agree } from "@/lib/format";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { ImpactList } from "@/components/impact-list";
import type { MemberImpact } from "@/lib/roles/impact";
import { deleteRole } from "../actions";

type Props = {
  role: { id: string; name: string; version: number };
  members: { id: string; name: string; email: string }[];
  /** What each holder gains and loses by moving to Agent. */
  impact: MemberImpact[];
};

export function DeleteRoleDialog({ role, members, impact }: Props) {
  const form = useActionForm(deleteRole);
  return (
    <ConfirmDialog
      trigger={{ variant: "danger", children: "Delete Role" }}
      title={`Delete ${role.name}?`}
      description={
        members.length === 0 ? (
          <p>No one holds this role. Deleting it can't be undone.</p>
        ) : (
          <p>
            {agree(members.length, { one: "This member", other: `These ${members.length} members` })} will move to the default <strong>Agent</strong> role.
            Deleting the role can't be undone.
          </p>
        )
      }
      form={form}
      fields={{ roleId: role.id, version: role.version, memberCount: members.length }}
      confirmLabel="Delete Role"
      pendingText="Deleting…"
    >
      {members.length > 0 && <ImpactList impact={impact} total={members.length} />}
    </ConfirmDialog>
  );
}
