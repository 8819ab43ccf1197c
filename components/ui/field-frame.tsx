import { useId } from "react";
import { plural } from "@/lib/format";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

type FrameProps = {
  label: string;
  errors?: string[];
  hint?: React.ReactNode;
  /** An id the page already refers to; one is made up otherwise. */
  id?: string;
  /** Classes added to the control's own. */
  className?: string;
  /** A live count of what is left, shown from near the limit on: over it, the server refuses with a message. */
  count?: { length: number; limit: number };
  children: (control: ControlProps) => React.ReactNode;
};

/** The label, hint and errors every form control shares, wired to it for screen readers. */
export function FieldFrame({ label, errors, hint, id: givenId, className = "", count, children }: FrameProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const countId = count ? `${id}-count` : undefined;
  const control: ControlProps = {
    id,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": [hintId, countId, errorId].filter(Boolean).join(" ") || undefined,
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
      {count && <CharacterCount id={countId!} {...count} />}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

// From this share of the limit on, the count shows: early enough to stop, quiet before.
const NEAR_LIMIT = 0.8;

/** Always in the page, so screen readers hear it change (polite: not on every key, only when it settles). */
function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const over = length - limit;
  const text =
    over > 0 ? `${plural(over, "character")} too many: at most ${limit}.` : length >= limit * NEAR_LIMIT ? `${plural(limit - length, "character")} left.` : "";
  return (
    <p id={id} aria-live="polite" className={`mt-1 text-xs ${over > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
      {text}
    </p>
  );
}
