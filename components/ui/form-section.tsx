import { useId } from "react";

type Props = {
  title: React.ReactNode;
  /** A sentence under the heading: what the section's rows do. */
  description?: React.ReactNode;
  /** The section's own errors (a rule across its rows), said under the heading. */
  errors?: string[];
  className?: string;
  children: React.ReactNode;
};

/** A titled part of a long form (keypresses, members, permissions, holidays): a region named by its heading. */
export function FormSection({ title, description, errors, className = "space-y-3", children }: Props) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className}>
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-700">{description}</p>}
        {errors?.length ? <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The white panel holding a form's first fields (name, description); `columns` puts two side by side from small screens up. */
export function FormPanel({ columns = false, children }: { columns?: boolean; children: React.ReactNode }) {
  return <div className={`grid gap-4 rounded-lg border border-slate-200 bg-white p-4 ${columns ? "sm:grid-cols-2" : ""}`}>{children}</div>;
}
