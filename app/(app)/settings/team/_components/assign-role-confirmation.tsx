"use client";

import { useRef, useState } from "react";
import { ImpactConfirmDialog } from "@/components/impact-confirm-dialog";
import type { MemberImpact } from "@/lib/roles/impact";

/**
 * Save Changes on a member's role: show what they gain and lose with the chosen role (worked
 * out on the server when the page was rendered) and submit only when confirmed.
 */
export function useAssignRoleConfirmation(currentRoleId: string, impacts: Record<string, MemberImpact>, roleName: (id: string) => string) {
  const formRef = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [pending, setPending] = useState<{ roleId: string; impact: MemberImpact } | null>(null);

  function intercept(event: React.FormEvent<HTMLFormElement>): boolean {
    const chosen = new FormData(event.currentTarget).get("roleId");
    const roleId = typeof chosen === "string" ? chosen : "";
    const impact = impacts[roleId];
    if (confirmed.current || roleId === currentRoleId || !impact) {
      confirmed.current = false;
      return false;
    }
    event.preventDefault();
    setPending({ roleId, impact });
    return true;
  }

  function confirm() {
    setPending(null);
    confirmed.current = true;
    formRef.current?.requestSubmit();
  }

  const name = pending ? roleName(pending.roleId) : "";
  const dialog = (
    <ImpactConfirmDialog
      impact={pending ? [pending.impact] : null}
      onClose={() => setPending(null)}
      onConfirm={confirm}
      title={pending ? `Give ${pending.impact.name} the ${name} role?` : ""}
      description={<p>Here is what they gain and lose. Nothing changes until you confirm.</p>}
      confirmLabel="Save Changes"
    />
  );
  return { formRef, intercept, dialog };
}
