"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** A button that needs React's handlers, so it is disabled until the page has hydrated. */
export function Button({ variant = "primary", className = "", type = "button", disabled, ...props }: ButtonProps) {
  const hydrated = useHydrated();
  return <button type={type} className={buttonClass(variant, className)} disabled={disabled || !hydrated} {...props} />;
}

/**
 * A submit button that shows the form is working and cannot be pressed twice. Pass
 * `pending` for forms submitted through useActionForm, which useFormStatus does not see.
 * Disabled until hydrated, like Button: a click before React attaches the handler would be lost.
 */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  disabled,
  pending: pendingProp,
  className = "",
  ...props
}: ButtonProps & { pendingText: string; pending?: boolean }) {
  const status = useFormStatus();
  const hydrated = useHydrated();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" className={buttonClass(variant, className)} disabled={disabled || pending || !hydrated} aria-busy={pending || undefined} {...props}>
      {pending ? pendingText : children}
    </button>
  );
}
