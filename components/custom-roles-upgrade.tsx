import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { can, type Access } from "@/lib/authz/check";
import { changePlanHref, CUSTOM_ROLES_PLAN, customRolesUnavailable, planLabel } from "@/lib/plans";

/**
 * Custom roles on a plan without them: why, then the way up. Someone who may change the plan
 * lands on the Business plan's confirmation; anyone else on Billing, where it says who can.
 */
export function CustomRolesUpgrade({ access, children }: { access: Access; children?: React.ReactNode }) {
  const href = can(access, "billing.plan") ? changePlanHref(CUSTOM_ROLES_PLAN) : "/billing";
  return (
    <section aria-labelledby="upgrade" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="upgrade" className="font-semibold">
        Custom roles need the {planLabel(CUSTOM_ROLES_PLAN)} plan
      </h2>
      <p className="mt-1">{customRolesUnavailable(access.plan)}</p>
      {children}
      <Link href={href} className={buttonClass("primary", "mt-3")}>
        Upgrade to {planLabel(CUSTOM_ROLES_PLAN)}
      </Link>
    </section>
  );
}
