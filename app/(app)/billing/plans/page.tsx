import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { FlashBanner } from "@/components/flash-banner";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { countCustomRoles } from "@/db/queries/roles";
import { countSeats, customRoleHolders } from "@/db/queries/billing";
import { requirePage } from "@/lib/authz/session";
import { formatCents } from "@/lib/billing/money";
import { deactivatesCustomRoles } from "@/lib/billing/plan-change";
import { plural } from "@/lib/format";
import { planChangeImpact } from "@/lib/roles/impact-service";
import { canUseCustomRoles, comparePlans, customRoleLimit, planLabel, planFeatures, planParam, PLANS, pricePerSeatCents, type Plan } from "@/lib/plans";
import { ChangePlanDialog } from "./change-plan-dialog";
import { KeepPlanForm } from "./keep-plan-form";
import { findOrganization } from "@/db/queries/orgs";
import { trialDaysLeft, trialLeftText } from "@/lib/orgs/trial";

export const metadata: Metadata = { title: "Change plan" };

function PlanFeatureList({ plan }: { plan: Plan }) {
  const { base, adds } = planFeatures(plan);
  return (
    <div className="mt-3 text-sm text-slate-800">
      {base && (
        <p>
          Everything in {planLabel(base)}
          {adds.length ? ", plus:" : "."}
        </p>
      )}
      {adds.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {adds.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const access = await requirePage("/billing/plans");
  const chosen = planParam((await searchParams).plan);
  const db = getDb();
  const [seats, holders, customCount, org] = await Promise.all([
    countSeats(db, access.orgId),
    customRoleHolders(db, access.orgId),
    countCustomRoles(db, access.orgId),
    findOrganization(db, access.orgId),
  ]);
  const trialDays = trialDaysLeft(org?.trialEndsAt ?? null);
  const priceLine = (plan: Plan) =>
    `${formatCents(pricePerSeatCents(plan))} per seat, about ${formatCents(pricePerSeatCents(plan) * seats)} a month for your ${plural(seats, "active seat")}`;
  const actorRole = access.role.kind === "custom" ? access.role.name : undefined;
  const memberImpact = Object.fromEntries(await Promise.all(PLANS.map(async (p) => [p, await planChangeImpact(db, access, p)] as const)));

  return (
    <AppShell access={access} current="/billing/plans">
      <PageHeader
        back={{ href: "/billing", label: "Billing" }}
        title="Change plan"
        description={`${access.orgName} is on ${planLabel(access.plan)}. Prices are per active seat per month, before phone numbers and usage.`}
      />
      <FlashBanner path="/billing/plans" viewer={access} />
      {trialDays !== null && (
        <p className="mb-4 text-sm text-slate-800">
          {trialLeftText(trialDays)} Keep {planLabel(access.plan)} or choose another plan; either ends the trial.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {PLANS.map((plan) => {
          const current = plan === access.plan;
          const impact = deactivatesCustomRoles(access.plan, plan) ? holders : [];
          const overLimit = canUseCustomRoles(plan) && customCount > customRoleLimit(plan);
          return (
            <section
              key={plan}
              aria-labelledby={`plan-${plan}`}
              className={`flex flex-col rounded-lg border bg-white p-4 ${current ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"}`}
            >
              <div className="flex items-center justify-between gap-2">
                <h2 id={`plan-${plan}`} className="text-lg font-semibold">
                  {planLabel(plan)}
                </h2>
                {current && <Badge tone="brand">Current plan</Badge>}
              </div>
              <p className="mt-2">
                <span className="text-2xl font-semibold">{formatCents(pricePerSeatCents(plan))}</span>{" "}
                <span className="text-sm text-slate-700">per seat / month</span>
              </p>
              <p className="text-sm text-slate-700">
                About {formatCents(pricePerSeatCents(plan) * seats)} a month for {plural(seats, "seat")}
              </p>
              <PlanFeatureList plan={plan} />
              {overLimit && !current && (
                <p className="mt-2 text-sm text-amber-900">
                  You have {plural(customCount, "custom role")}; {planLabel(plan)} includes {customRoleLimit(plan)}. They stay active, but no new ones can be
                  created until you are under the limit.
                </p>
              )}
              <div className="mt-auto pt-4">
                {current && trialDays !== null && <KeepPlanForm orgId={access.orgId} plan={plan} label={planLabel(plan)} />}
                {!current && (
                  <ChangePlanDialog
                    orgId={access.orgId}
                    plan={plan}
                    label={planLabel(plan)}
                    direction={comparePlans(access.plan, plan) > 0 ? "upgrade" : "downgrade"}
                    priceLine={priceLine(plan)}
                    impact={impact}
                    memberImpact={memberImpact[plan]}
                    actorRoleName={impact.some((r) => r.id === access.role.id) ? actorRole : undefined}
                    defaultOpen={plan === chosen}
                  />
                )}
              </div>
            </section>
          );
        })}
      </div>
    </AppShell>
  );
}
