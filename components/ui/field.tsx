import { useId } from "react";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

type FrameProps = {
  label: string;
  errors?: string[];
  hint?: React.ReactNode;
  /** An id the page already refers to; one is made up otherwise. */
  id?: string;
  /** Classes added to the control's own. */
  className?: string;
  children: (control: ControlProps) => React.ReactNode;
};

/** The label, hint and errors every form control shares, wired to it for screen readers. */
export function FieldFrame({ label, errors, hint, id: givenId, className = "", children }: FrameProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: `mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${errorId ? "border-red-600" : "border-slate-300"} ${className}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(control)}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
} & Omit<React.InputHTMLAttributes<HTMLInputElement> & React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/** A labelled text input with its hint and errors wired to it for screen readers. */
export function Field({ label, name, errors, hint, multiline, className, id, ...props }: FieldProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} id={id} className={className}>
      {(control) => (multiline ? <textarea rows={2} name={name} {...control} {...props} /> : <input name={name} {...control} {...props} />)}
    </FieldFrame>
  );
}
