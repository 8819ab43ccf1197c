"use client";

import { ImpactList } from "@/components/impact-list";
import { AlertDialog, AlertDialogContent } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { DialogButtons } from "@/components/ui/confirm-dialog";
import type { MemberImpact } from "@/lib/roles/impact";

type Props = {
  /** Null while closed. */
  impact: MemberImpact[] | null;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pending?: boolean;
  children?: React.ReactNode;
};

/** A confirmation that shows who gains and loses what; nothing happens until Confirm. */
export function ImpactConfirmDialog({ impact, onClose, onConfirm, title, description, confirmLabel, pending, children }: Props) {
  return (
    <AlertDialog open={impact !== null} onOpenChange={(open) => !open && onClose()}>
      {impact && (
        <AlertDialogContent title={title} description={description}>
          {impact.length > 0 && <ImpactList impact={impact} />}
          {children}
          <DialogButtons className="mt-4">
            <Button onClick={onConfirm} disabled={pending} aria-busy={pending || undefined}>
              {confirmLabel}
            </Button>
          </DialogButtons>
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}
