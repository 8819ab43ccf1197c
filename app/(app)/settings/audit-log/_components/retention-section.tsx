import { getDb } from "@/db";
import { auditRetention } from "@/db/queries/audit";
import { RETENTION_CHOICES, retentionAllowed, retentionText } from "@/lib/audit/retention";
import { can, type Access } from "@/lib/authz/check";
import { auditRetentionMaxDays, planLabel } from "@/lib/plans";
import { RetentionForm } from "./retention-form";

/** How long entries are kept: Owners choose, everyone else reads it. */
export async function RetentionSection({ access }: { access: Access }) {
  const days = await auditRetention(getDb(), access.orgId);
  const max = auditRetentionMaxDays(access.plan);
  return (
    <section aria-labelledby="retention-heading" className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="mb-2 font-semibold">
        Retention
      </h2>
      {can(access, "security.manage") ? (
        <RetentionForm
          orgId={access.orgId}
          current={days === null ? "forever" : String(days)}
          options={[
            { value: "forever", label: "Forever" },
            ...RETENTION_CHOICES.map((n) => ({ value: String(n), label: `${n} days`, disabled: !retentionAllowed(access.plan, n) })),
          ]}
          hint={`Older entries are deleted every hour. ${planLabel(access.plan)} allows periods up to ${max} days.`}
        />
      ) : (
        <p className="text-sm text-slate-700">Entries are kept {retentionText(days)}. Owners can change this.</p>
      )}
    </section>
  );
}
