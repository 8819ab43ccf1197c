"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button-class";

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/**
 * A submit button that shows the form is working and cannot be pressed twice. Pass
 * `pending` for forms submitted through useActionForm, which useFormStatus does not see.
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
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" className={buttonClass(variant, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...props}>
      {pending ? pendingText : children}
    </button>
  );
}
