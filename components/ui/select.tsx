import { FieldFrame } from "./field";

type SelectProps = {
  label: string;
  errors?: string[];
  /** Shown under the select and read with it: a hint, or why it is locked. */
  hint?: React.ReactNode;
  /** The <option>s, grouped or not. */
  children: React.ReactNode;
} & React.SelectHTMLAttributes<HTMLSelectElement>;

/**
 * A labelled native select, laid out like Field. Native on purpose: keyboards, screen readers
 * and Playwright's `getByLabel(…).selectOption()` all work without a script.
 */
export function Select({ label, errors, hint, id, className = "", children, ...props }: SelectProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} id={id} className={`bg-white disabled:bg-slate-100 ${className}`}>
      {(control) => (
        <select {...control} {...props}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
