import { getDb } from "@/db";
import { auditRetention } from "@/db/queries/audit";
import { effectiveRetention, retentionChoices, retentionNote, retentionText } from "@/lib/audit/retention";
import { can, type Access } from "@/lib/authz/check";
import { auditRetentionMaxDays, periodText, planLabel, PLANS, type Plan } from "@/lib/plans";
import { RetentionForm } from "./retention-form";

/** The next plan that keeps entries longer, and how long: what upgrading gains. */
function longerPlan(plan: Plan): Plan | undefined {
  const max = auditRetentionMaxDays(plan);
  if (max === null) return undefined;
  return PLANS.slice(PLANS.indexOf(plan) + 1).find((p) => {
    const longer = auditRetentionMaxDays(p);
    return longer === null || longer > max;
  });
}

/** How long entries are kept: what the plan allows, what upgrading adds, and the Owner's choice. */
export async function RetentionSection({ access }: { access: Access }) {
  const days = await auditRetention(getDb(), access.orgId);
  const max = auditRetentionMaxDays(access.plan);
  const plan = planLabel(access.plan);
  const upgrade = longerPlan(access.plan);
  const choices = retentionChoices(access.plan);
  const shortened = days !== null && effectiveRetention(access.plan, days) !== days;
  return (
    <section aria-labelledby="retention-heading" className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="mb-2 font-semibold">
        Retention
      </h2>
      <div className="mb-3 space-y-1 text-sm text-slate-700">
        <p>
          {max === null
            ? `${plan} keeps audit entries as long as you like: forever unless you choose a shorter period.`
            : `${plan} keeps audit entries for up to ${periodText(max)}.`}
          {upgrade && ` Upgrading to ${planLabel(upgrade)} keeps them ${retentionText(auditRetentionMaxDays(upgrade))}.`}
        </p>
        <p>Entries are kept {retentionNote(access.plan, days)}; older entries are deleted every hour.</p>
        {shortened && (
          <p>
            Your organisation chose {periodText(days)}, longer than {plan} allows: entries are kept {retentionText(max)} until you upgrade.
          </p>
        )}
        <p>On a smaller plan, a longer period is shortened to that plan&apos;s maximum when the hourly deletion runs.</p>
      </div>
      {can(access, "security.manage") ? (
        <RetentionForm
          orgId={access.orgId}
          current={days !== null && choices.includes(days) ? String(days) : "default"}
          options={[
            { value: "default", label: max === null ? "Forever (plan default)" : `${periodText(max)} (plan default)` },
            ...choices.map((n) => ({ value: String(n), label: periodText(n) })),
          ]}
          hint={max === null ? "Choose a period to delete older entries." : `Choose a period shorter than ${periodText(max)} to delete entries sooner.`}
        />
      ) : (
        <p className="text-sm text-slate-700">Owners can change this.</p>
      )}
    </section>
  );
}
