import Link from "next/link";

export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** The list this page belongs to. */
  back?: { href: string; label: string };
}) {
  return (
    <>
      {back && (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-brand-700 underline underline-offset-2">
            ← {back.label}
          </Link>
        </p>
      )}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 wrap-anywhere">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {description && <div className="mt-1 text-sm text-slate-700">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </>
  );
}
