"use client";

import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action";

/** The editor's save button and its outcome, kept in view at the bottom of long forms. */
export function SaveBar({ label, pending, state }: { label: string; pending: boolean; state: ActionState }) {
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 py-3">
      <SubmitButton pending={pending} pendingText="Saving…">
        {label}
      </SubmitButton>
      <FormStatus state={state} className="min-w-0 flex-1" />
    </div>
  );
}
