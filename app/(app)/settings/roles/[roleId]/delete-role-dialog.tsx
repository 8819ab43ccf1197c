"use client";

import { useActionState } from "react";
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
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
  const [state, action] = useActionState(deleteRole, null);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="danger">Delete Role</Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title={`Delete ${role.name}?`}
        description={
          members.length === 0 ? (
            <p>No one holds this role. Deleting it can't be undone.</p>
          ) : (
            <p>
              {members.length === 1 ? "This member" : `These ${members.length} members`} will move to the default <strong>Agent</strong> role. Deleting the role
              can't be undone.
            </p>
          )
        }
      >
        {members.length > 0 && <ImpactList impact={impact} total={members.length} />}
        <form action={action} className="mt-4 space-y-3">
          <input type="hidden" name="roleId" value={role.id} />
          <input type="hidden" name="version" value={role.version} />
          <input type="hidden" name="memberCount" value={members.length} />
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <SubmitButton variant="danger" pendingText="Deleting…">
              Delete Role
            </SubmitButton>
          </div>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
