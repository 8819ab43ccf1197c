"use client";

import { dismissNotice } from "@/app/(app)/actions";
import { SubmitButton } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Dismisses one of the caller's own notices; the server refuses anyone else's. */
export function NoticeDismiss({ noticeId, describedBy }: { noticeId: string; describedBy: string }) {
  const { state, pending, onSubmit } = useActionForm(dismissNotice);
  return (
    <form onSubmit={onSubmit} className="shrink-0">
      <input type="hidden" name="noticeId" value={noticeId} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Dismissing…" aria-describedby={describedBy}>
        Dismiss
      </SubmitButton>
      {state && !state.ok && (
        <p role="status" className="mt-1 text-sm text-red-700">
          {state.formError}
        </p>
      )}
    </form>
  );
}
