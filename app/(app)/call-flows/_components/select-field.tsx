import { useId } from "react";

type Props = {
  label: string;
  name: string;
  value: string;
  errors?: string[];
  hint?: string;
  onChange: (value: string) => void;
  /** The <option>s, grouped or not. */
  children: React.ReactNode;
};

/** A labelled native select with its hint and errors wired to it for screen readers. */
export function SelectField({ label, name, value, errors, hint, onChange, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${errorId ? "border-red-600" : "border-slate-300"}`}
      >
        {children}
      </select>
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
