"use client";

import * as Radix from "@radix-ui/react-alert-dialog";

export const AlertDialog = Radix.Root;
export const AlertDialogTrigger = Radix.Trigger;
export const AlertDialogCancel = Radix.Cancel;

export function AlertDialogContent({ title, description, children }: { title: string; description: React.ReactNode; children: React.ReactNode }) {
  return (
    <Radix.Portal>
      <Radix.Overlay className="fixed inset-0 bg-slate-900/50" />
      <Radix.Content className="fixed left-1/2 top-1/2 max-h-[85vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
        <Radix.Title className="text-lg font-semibold text-slate-900">{title}</Radix.Title>
        <Radix.Description asChild>
          <div className="mt-2 text-sm text-slate-700">{description}</div>
        </Radix.Description>
        <div className="mt-4">{children}</div>
      </Radix.Content>
    </Radix.Portal>
  );
}
