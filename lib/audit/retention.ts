// How long the audit log keeps entries: as long as the plan allows (its maximum, forever on
// Business and above) unless an Owner chooses a shorter period. A choice longer than the plan
// allows (left by a downgrade) is shortened to the plan's maximum when the job runs.
import { z } from "zod";
import type { Db } from "@/db";
import { deleteExpiredAudit, recordAudit, setAuditRetention } from "@/db/queries/audit";
import type { Access } from "@/lib/authz/check";
import { invalid } from "@/lib/errors";
import { runEvery } from "@/lib/jobs";
import { assertOwnOrganization, organizationId } from "@/lib/orgs/org-scope";
import { AUDIT_RETENTION_CAPS, auditRetentionMaxDays, periodText, planLabel, type Plan } from "@/lib/plans";
import { orgChange } from "./entry";

export const RETENTION_CHOICES = [30, 90, 180, 365, 730, 1095, 2555] as const;

/**
 * What the Owner may choose: the plan's default, or a period. The setting stores null for the
 * default; "forever" is the default's name where the plan keeps entries forever, so one null
 * serves both and needs no second value.
 */
export type RetentionChoice = number | "default" | "forever";

export const retentionInput = z.object({
  orgId: organizationId,
  days: z.union([
    z.enum(["default", "forever"]),
    z.coerce
      .number()
      .int()
      .refine((n) => (RETENTION_CHOICES as readonly number[]).includes(n), "Choose one of the periods offered."),
  ]),
});

/** How many days entries are really kept: the setting, never more than the plan's maximum; null is forever. */
export function effectiveRetention(plan: Plan, days: number | null): number | null {
  const max = auditRetentionMaxDays(plan);
  if (days === null) return max;
  return max === null ? days : Math.min(days, max);
}

/** "forever", or "for 1 year": how long entries are kept, as the page and the audit entry say it. */
export const retentionText = (days: number | null) => (days === null ? "forever" : `for ${periodText(days)}`);

/** The periods the form offers on a plan: all of them where entries may be kept forever, else those shorter than the plan keeps. */
export function retentionChoices(plan: Plan): number[] {
  const max = auditRetentionMaxDays(plan);
  return RETENTION_CHOICES.filter((n) => max === null || n < max);
}

/** Why a choice is refused on a plan, or null when the plan allows it. */
export function retentionRefusal(plan: Plan, choice: RetentionChoice): string | null {
  const max = auditRetentionMaxDays(plan);
  if (max === null || choice === "default" || (typeof choice === "number" && choice <= max)) return null;
  return `${planLabel(plan)} keeps audit entries for at most ${periodText(max)}. Choose a shorter period, or upgrade to keep them longer.`;
}

/** Sets the organisation's retention; returns whether it changed. The change is itself audited. */
export async function changeAuditRetention(db: Db, actor: Access, input: z.infer<typeof retentionInput>): Promise<boolean> {
  assertOwnOrganization(actor, input.orgId);
  const refusal = retentionRefusal(actor.plan, input.days);
  if (refusal) throw invalid(refusal);
  const days = typeof input.days === "number" ? input.days : null;
  return db.transaction(async (tx) => {
    const changed = await setAuditRetention(tx, actor.orgId, days);
    if (changed)
      await recordAudit(tx, orgChange(actor, "org.audit_retention_changed", { lines: [`Audit entries are now kept ${retentionNote(actor.plan, days)}.`] }));
    return changed;
  });
}

/** "for 1 year (the Starter plan's default)": the setting in words, on a plan. */
export function retentionNote(plan: Plan, days: number | null): string {
  const kept = retentionText(effectiveRetention(plan, days));
  return days === null ? `${kept} (the ${planLabel(plan)} plan's default)` : kept;
}

/** Deletes, for every organisation at once, the entries older than its setting or its plan's maximum, whichever is shorter. */
export function expireAuditEvents(db: Db, now = new Date()): Promise<number> {
  return deleteExpiredAudit(db, now, AUDIT_RETENTION_CAPS);
}

/** Hourly in each server; deleting what another server already deleted is harmless. */
export function startAuditRetention(db: Db) {
  runEvery("audit retention", 60 * 60_000, () => expireAuditEvents(db));
}
