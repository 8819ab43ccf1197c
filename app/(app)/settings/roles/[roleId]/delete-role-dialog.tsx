"use client";

import { useActionState } from "react";
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { deleteRole } from "../actions";

type Props = {
  role: { id: string; name: string; version: number };
  members: { id: string; name: string; email: string }[];
};

export function DeleteRoleDialog({ role, members }: Props) {
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
              {members.length === 1 ? "This member" : `These ${members.length} members`} will move to the default{" "}
              <strong>Agent</strong> role. Deleting the role can't be undone.
            </p>
          )
        }
      >
        {members.length > 0 && (
          <ul aria-label="Affected members" className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 text-sm">
            {members.map((member) => (
              <li key={member.id} className="px-3 py-2">
                <span className="font-medium">{member.name}</span> <span className="text-slate-700">{member.email}</span>
              </li>
            ))}
          </ul>
        )}
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
