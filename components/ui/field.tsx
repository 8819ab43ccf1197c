"use client";

import { useEffect, useRef, useState } from "react";
import { FieldFrame } from "./field-frame";

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
  /** The most characters the server accepts: a live count near it, and no cutting on paste (no maxLength). */
  limit?: number;
} & Omit<React.InputHTMLAttributes<HTMLInputElement> & React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled text input with its hint and errors wired to it for screen readers. */
export function Field({ label, name, errors, hint, multiline, className, id, limit, onChange, ...props }: FieldProps) {
  // Uncontrolled fields (defaultValue) count what is typed here; controlled ones count their value.
  const [typed, setTyped] = useState(() => String(props.defaultValue ?? "").length);
  const length = props.value === undefined ? typed : String(props.value).length;
  const count = limit === undefined ? undefined : { length, limit };
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    // A form reset (React resets forms after an action) changes the value without a change event.
    const form = ref.current?.form;
    if (!form) return;
    const onReset = () => setTimeout(() => setTyped(ref.current?.value.length ?? 0));
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);
  const handleChange = (event: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => {
    setTyped(event.currentTarget.value.length);
    onChange?.(event);
  };
  return (
    <FieldFrame label={label} errors={errors} hint={hint} id={id} className={className} count={count}>
      {(control) =>
        multiline ? (
          <textarea ref={ref} rows={2} name={name} {...control} {...props} onChange={handleChange} />
        ) : (
          <input ref={ref} name={name} {...control} {...props} onChange={handleChange} />
        )
      }
    </FieldFrame>
  );
}
