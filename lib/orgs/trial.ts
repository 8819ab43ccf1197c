// The Business trial of a signed-up organisation: 14 days, an email to its Owners 3 days before
// the end, and, when it ends without a plan chosen, the move to Starter through the same
// no-loss downgrade as choosing Starter (changeAccess: custom roles kept, inactive). A job in
// every server runs both; each claims its rows with FOR UPDATE SKIP LOCKED, so with several
// servers every organisation is handled by exactly one, once.
import { plural } from "@/lib/format";
import type { Db } from "@/db";
import { claimEndedTrial, claimTrialsEndingSoon, endTrial, markTrialEndingEmailed } from "@/db/queries/orgs";
import { activeOwnerEmails } from "@/db/queries/members";
import { runEvery } from "@/lib/jobs";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { changeAccess } from "@/lib/roles/access-change";
import { planLabel } from "@/lib/plans";

const DAY = 24 * 60 * 60 * 1000;
const TRIAL_DAYS = 14;
const WARNING_DAYS = 3;
const BATCH = 50;

export const trialEnd = (from: Date) => new Date(from.getTime() + TRIAL_DAYS * DAY);

/** Whole days left, rounded up: "1 day" until the very end. Null when there is no trial. */
export function trialDaysLeft(trialEndsAt: Date | null, now = new Date()): number | null {
  if (!trialEndsAt) return null;
  return Math.max(0, Math.ceil((trialEndsAt.getTime() - now.getTime()) / DAY));
}

export const trialLeftText = (days: number) => (days === 0 ? "Your Business trial ends today." : `${plural(days, "day")} left in your Business trial.`);

const SYSTEM = (orgId: string) => ({ orgId, memberId: null, name: "Switchboard" });

/** Ends every trial that has passed: Starter, audited, one organisation per transaction. Returns how many this run ended. */
export async function endPassedTrials(db: Db, now = new Date()): Promise<number> {
  let ended = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const org = await claimEndedTrial(tx, now);
      if (!org) return false;
      await endTrial(tx, org.id);
      if (org.plan !== "starter") {
        await changeAccess(tx, SYSTEM(org.id), { kind: "plan", plan: "starter" }, () => [
          {
            orgId: org.id,
            actorId: null,
            actorName: "Switchboard",
            action: "org.trial_ended",
            targetId: org.id,
            targetName: org.name,
            details: { fromPlan: planLabel(org.plan), toPlan: planLabel("starter"), lines: ["The trial ended without a plan chosen"] },
          },
        ]);
      }
      return true;
    });
    if (!done) return ended;
    ended += 1;
  }
}

/** Emails every active Owner of each trial ending within 3 days, once per trial. Returns how many organisations were told. */
export async function emailTrialsEndingSoon(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const orgs = await claimTrialsEndingSoon(tx, now, new Date(now.getTime() + WARNING_DAYS * DAY), BATCH);
    for (const org of orgs) {
      for (const to of await activeOwnerEmails(tx, org.id)) {
        await queueEmail(tx, {
          orgId: org.id,
          to,
          kind: "trial-ending",
          data: { orgName: org.name, endsAt: org.trialEndsAt!.toISOString(), link: appLink("/billing/plans") },
        });
      }
      await markTrialEndingEmailed(tx, org.id, now);
    }
    return orgs.length;
  });
}

/** Every minute in each server: a trial ends within a minute of its time. */
export function startTrialJobs(db: Db) {
  runEvery("trials", 60_000, async () => {
    await emailTrialsEndingSoon(db);
    await endPassedTrials(db);
  });
}
