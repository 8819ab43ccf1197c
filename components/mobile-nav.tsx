"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";

/**
 * Below the md breakpoint the navigation and the account links sit behind this button: a dialog that traps focus and
 * closes on Escape, on its close button, or when a link inside it is followed.
 */
export function MobileNav({ children, account }: { children: React.ReactNode; account: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
        </svg>
        Menu
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white shadow-xl"
          onClick={(event) => {
            if ((event.target as HTMLElement).closest("a")) setOpen(false);
          }}
        >
          <div className="flex items-center justify-between gap-2 px-4 py-3">
            <Dialog.Title className="text-lg font-semibold text-slate-900">Menu</Dialog.Title>
            <Dialog.Close className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">Close menu</Dialog.Close>
          </div>
          {children}
          {account}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
