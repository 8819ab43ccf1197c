import Link from "next/link";
import { can, type Access } from "@/lib/authz/check";

/** A feature the organisation's plan lacks: why, and a link to compare plans for those who may change it. */
export function PlanNotice({ access, reason }: { access: Access; reason: string }) {
  return (
    <p role="note" className="mb-6 max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      {reason}{" "}
      {can(access, "billing.plan") && (
        <Link href="/billing/plans" className="text-brand-700 underline underline-offset-2">
          Compare plans
        </Link>
      )}
    </p>
  );
}
