"use client";

import { startTransition, useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action";

type ServerAction = (previous: ActionState, formData: FormData) => Promise<ActionResult>;

/**
 * useActionState without React's automatic form reset: a reset fires the form's "reset"
 * event, which makes Radix switches report their first value back and would silently undo
 * what the person toggled. Controlled forms keep their state; the server answer is shown.
 */
export function useActionForm(action: ServerAction) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, onSubmit };
}
