"use client";

import { SubmitButton } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { deactivateMember, reactivateMember } from "../actions";

type Props = { member: { id: string; name: string; status: "active" | "deactivated" }; locked?: string };

export function AccountStatusCard({ member, locked }: Props) {
  const active = member.status === "active";
  const deactivate = useActionForm(deactivateMember);
  const reactivate = useActionForm(reactivateMember);
  // After a change the card shows the other state, with the outcome of the change that led there.
  const outcome = active ? reactivate.state : reactivate.state && !reactivate.state.ok ? reactivate.state : deactivate.state;
  const label = active ? "Deactivate account" : "Reactivate account";
  return (
    <div className="space-y-3">
      <p className="text-sm">
        {active ? "Active: can sign in and use what their role allows." : "Deactivated: can't sign in. Their calls, recordings, numbers and history are kept."}
      </p>
      {active ? (
        <ConfirmDialog
          trigger={{ variant: "danger", disabled: !!locked, "aria-describedby": locked ? "account-status-locked" : undefined, children: label }}
          title={`Deactivate ${member.name}?`}
          description={
            <p>
              They are signed out at once and can't sign in until someone reactivates them. Nothing is deleted: their role, numbers, calls and recordings stay
              as they are.
            </p>
          }
          form={deactivate}
          fields={{ memberId: member.id }}
          confirmLabel={label}
          pendingText="Deactivating…"
          failuresOnly
        />
      ) : (
        <form onSubmit={reactivate.onSubmit}>
          <input type="hidden" name="memberId" value={member.id} />
          <SubmitButton
            variant="secondary"
            pending={reactivate.pending}
            pendingText="Reactivating…"
            disabled={!!locked}
            aria-describedby={locked ? "account-status-locked" : undefined}
          >
            {label}
          </SubmitButton>
        </form>
      )}
      {locked && (
        <p id="account-status-locked" className="text-sm text-slate-700">
          {locked}
        </p>
      )}
      <FormStatus state={outcome} />
    </div>
  );
}
