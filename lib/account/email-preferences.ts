// A member's own email settings. Only Owners are offered one (emails about sensitive
// permissions go to Owners only); the choice is kept on the member either way.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { setSensitiveGrantEmails } from "@/db/queries/member-profiles";
import type { Access } from "@/lib/authz/check";

/** Saves the choice with its audit entry: turning alerts off is itself worth a record. */
export async function setEmailPreferences(db: Db, actor: Access, input: { sensitiveGrantEmails: boolean }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await setSensitiveGrantEmails(tx, actor.orgId, actor.memberId, input.sensitiveGrantEmails);
    if (changed) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.memberId,
        actorName: actor.name,
        action: "member.email_preferences_changed",
        targetId: actor.memberId,
        targetName: actor.name,
        details: { lines: [`Emails about sensitive permissions: ${input.sensitiveGrantEmails ? "on" : "off"}`] },
      });
    }
    return changed;
  });
}
