import { useId } from "react";
import Link from "next/link";
import { can, needsMessage, type Access } from "@/lib/authz/check";

/** A titled white panel at the top of a settings page. */
function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="mb-2 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

type Props = {
  access: Access;
  /** The plan includes the feature: show `children` (the create form) under `title`. */
  available: boolean;
  title: string;
  /** Otherwise: this heading, why not, and who may upgrade. */
  upgrade: { title: string; reason: string };
  children: React.ReactNode;
};

/** A feature's create form, or, on a plan without the feature, how to get it. */
export function PlanPanel({ access, available, title, upgrade, children }: Props) {
  if (available) return <Panel title={title}>{children}</Panel>;
  return (
    <Panel title={upgrade.title}>
      <p className="text-sm text-slate-700">{upgrade.reason}</p>
      {can(access, "billing.plan") ? (
        <p className="mt-2 text-sm">
          <Link href="/billing/plans" className="text-brand-700 underline underline-offset-2">
            Compare plans
          </Link>
        </p>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{needsMessage("billing.plan", "Upgrading")} Ask an Owner.</p>
      )}
    </Panel>
  );
}
