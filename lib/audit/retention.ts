// How long the audit log keeps entries: forever unless an Owner chooses a period, and never a
// period longer than the plan allows (a downgrade shortens a longer choice when the job runs).
import { z } from "zod";
import type { Db } from "@/db";
import { deleteExpiredAudit, recordAudit, setAuditRetention } from "@/db/queries/audit";
import type { Access } from "@/lib/authz/check";
import { invalid } from "@/lib/errors";
import { runEvery } from "@/lib/jobs";
import { assertOwnOrganization, organizationId } from "@/lib/orgs/org-scope";
import { AUDIT_RETENTION_CAPS, auditRetentionMaxDays, planLabel, type Plan } from "@/lib/plans";
import { orgChange } from "./entry";

export const RETENTION_CHOICES = [30, 90, 180, 365, 730, 1095, 2555] as const;

/** "forever", or "for 90 days": what the setting and its audit entry say. */
export const retentionText = (days: number | null) => (days === null ? "forever" : `for ${days} days`);

export const retentionInput = z.object({
  orgId: organizationId,
  days: z.union([
    z.literal("forever").transform(() => null),
    z.coerce
      .number()
      .int()
      .refine((n) => (RETENTION_CHOICES as readonly number[]).includes(n), "Choose one of the periods offered."),
  ]),
});

export function retentionAllowed(plan: Plan, days: number | null): boolean {
  return days === null || days <= auditRetentionMaxDays(plan);
}

/** Sets the organisation's retention; returns whether it changed. The change is itself audited. */
export async function changeAuditRetention(db: Db, actor: Access, input: z.infer<typeof retentionInput>): Promise<boolean> {
  assertOwnOrganization(actor, input.orgId);
  if (!retentionAllowed(actor.plan, input.days)) {
    throw invalid(`${planLabel(actor.plan)} keeps audit entries for at most ${auditRetentionMaxDays(actor.plan)} days when you choose a period.`);
  }
  return db.transaction(async (tx) => {
    const changed = await setAuditRetention(tx, actor.orgId, input.days);
    if (changed)
      await recordAudit(tx, orgChange(actor, "org.audit_retention_changed", { lines: [`Audit entries are now kept ${retentionText(input.days)}.`] }));
    return changed;
  });
}

export function expireAuditEvents(db: Db, now = new Date()): Promise<number> {
  return deleteExpiredAudit(db, now, AUDIT_RETENTION_CAPS);
}

/** Hourly in each server; deleting what another server already deleted is harmless. */
export function startAuditRetention(db: Db) {
  runEvery("audit retention", 60 * 60_000, () => expireAuditEvents(db));
}
