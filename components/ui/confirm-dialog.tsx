"use client";

import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from "./alert-dialog";
import { Button, SubmitButton, type ButtonProps } from "./button";
import type { ButtonVariant } from "./button-class";
import { FormStatus } from "./form-status";
import type { useActionForm } from "./use-action-form";

type Props = {
  /** The button that opens the dialog. */
  trigger: ButtonProps;
  title: string;
  description: React.ReactNode;
  /** Who or what is affected, between the description and the buttons. */
  children?: React.ReactNode;
  /** The form that sends the confirmation; its state stays with the caller, which may show it after the dialog is gone. */
  form: ReturnType<typeof useActionForm>;
  /** Sent as hidden inputs with the confirmation. */
  fields: Record<string, string | number>;
  confirmLabel: React.ReactNode;
  pendingText: string;
  confirmVariant?: ButtonVariant;
  /** Show only a refusal in the dialog: the caller reports success where the person is left. */
  failuresOnly?: boolean;
  /** After success the dialog shows it and offers only Close (the trigger's row stays on the page). */
  closeWhenDone?: boolean;
  open?: boolean;
  /** Open on arrival, for a link that leads straight to this confirmation. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  onSubmit?: () => void;
};

/** Asks before a server action that cannot be undone; Cancel closes, the confirm button submits. */
export function ConfirmDialog({
  trigger,
  title,
  description,
  children,
  form,
  fields,
  confirmLabel,
  pendingText,
  confirmVariant = "danger",
  failuresOnly,
  closeWhenDone,
  open,
  defaultOpen,
  onOpenChange,
  onSubmit,
}: Props) {
  const status = failuresOnly && form.state?.ok ? null : form.state;
  const done = closeWhenDone && form.state?.ok;
  return (
    <AlertDialog open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button {...trigger} />
      </AlertDialogTrigger>
      <AlertDialogContent title={title} description={description}>
        {children}
        <form
          onSubmit={(event) => {
            onSubmit?.();
            form.onSubmit(event);
          }}
          className={`space-y-3 ${children ? "mt-4" : ""}`}
        >
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <FormStatus state={status} />
          <DialogButtons cancelLabel={done ? "Close" : "Cancel"}>
            {!done && (
              <SubmitButton variant={confirmVariant} pending={form.pending} pendingText={pendingText}>
                {confirmLabel}
              </SubmitButton>
            )}
          </DialogButtons>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Cancel, then the dialog's own action: the same order and spacing in every dialog. */
export function DialogButtons({ children, className = "", cancelLabel = "Cancel" }: { children: React.ReactNode; className?: string; cancelLabel?: string }) {
  return (
    <div className={`flex flex-wrap justify-end gap-2 ${className}`}>
      <AlertDialogCancel asChild>
        <Button variant="secondary">{cancelLabel}</Button>
      </AlertDialogCancel>
      {children}
    </div>
  );
}
