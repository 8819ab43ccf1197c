"use client";

import { agree } from "@/lib/format";
import { useRef, useState, useTransition } from "react";
import { ImpactConfirmDialog } from "@/components/impact-confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action";
import type { PreviewResult } from "@/lib/roles/actions";
import { hasChanges, type MemberImpact } from "@/lib/roles/impact";
import { previewRoleUpdate } from "../actions";

/**
 * Save Role on a role people hold: first ask the server who gains and loses what, show it,
 * and submit the form only when confirmed. Nobody affected: the form submits at once.
 */
export function useSaveRoleConfirmation(enabled: boolean, roleName: string) {
  const formRef = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [impact, setImpact] = useState<MemberImpact[] | null>(null);
  const [refusal, setRefusal] = useState<ActionState>(null);
  const [checking, startChecking] = useTransition();

  /** True when it took over the submit (the preview runs); false to let the form submit. */
  function intercept(event: React.FormEvent<HTMLFormElement>): boolean {
    if (!enabled || confirmed.current) {
      confirmed.current = false;
      return false;
    }
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setRefusal(null);
    startChecking(async () => {
      const result = (await previewRoleUpdate(null, data)) as PreviewResult;
      if (!result.ok) return setRefusal(result);
      if (result.impact?.some(hasChanges)) return setImpact(result.impact);
      submitNow();
    });
    return true;
  }

  function submitNow() {
    setImpact(null);
    confirmed.current = true;
    formRef.current?.requestSubmit();
  }

  const dialog = (
    <>
      {refusal && <FormStatus state={refusal} />}
      <ImpactConfirmDialog
        impact={impact}
        onClose={() => setImpact(null)}
        onConfirm={submitNow}
        title={`Save changes to ${roleName}?`}
        description={
          <p>
            {agree(impact?.length ?? 0, { one: "This member holds", other: `These ${impact?.length} members hold` })} the role. Here is what each gains and
            loses. Nothing changes until you confirm.
          </p>
        }
        confirmLabel="Save Role"
      />
    </>
  );
  return { formRef, intercept, checking, dialog };
}
