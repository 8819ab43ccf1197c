import { FieldFrame } from "./field-frame";

export type SelectOption = { value: string; label: string; disabled?: boolean };

type SelectProps = {
  label: string;
  errors?: string[];
  /** Shown under the select and read with it: a hint, or why it is locked. */
  hint?: React.ReactNode;
  options?: SelectOption[];
  /** Options under <optgroup> labels; an empty group is left out. */
  groups?: { label: string; options: SelectOption[] }[];
  /** Options before the list, such as "None" or a placeholder. */
  children?: React.ReactNode;
} & React.SelectHTMLAttributes<HTMLSelectElement>;

/**
 * A labelled native select, laid out like Field. Native on purpose: keyboards, screen readers
 * and Playwright's `getByLabel(…).selectOption()` all work without a script.
 */
export function Select({ label, errors, hint, id, className = "", options = [], groups = [], children, ...props }: SelectProps) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} id={id} className={`max-w-sm bg-white disabled:bg-slate-100 ${className}`}>
      {(control) => (
        <select {...control} {...props}>
          {children}
          <Options options={options} />
          {groups.map(
            (group) =>
              group.options.length > 0 && (
                <optgroup key={group.label} label={group.label}>
                  <Options options={group.options} />
                </optgroup>
              ),
          )}
        </select>
      )}
    </FieldFrame>
  );
}

function Options({ options }: { options: SelectOption[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  ));
}
