// A member's own email settings, saved together from the Email section of Your account. Each
// change is audited: whoever holds a stolen session would like new-device emails off, and
// turning alerts off is itself worth a record.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { setNewDeviceEmails } from "@/db/queries/member-devices";
import { setSensitiveGrantEmails } from "@/db/queries/member-profiles";
import type { Access } from "@/lib/authz/check";
import { ownChange } from "@/lib/audit/entry";

export type EmailSettings = { newDeviceEmails: boolean; sensitiveGrantEmails: boolean };

/**
 * Saves what changed, with one audit entry per change, in one transaction, and returns a sentence
 * for each change. Emails about sensitive permissions go to Owners only, so nobody else's form
 * offers that switch and their choice, kept from when they were an Owner, stays as it was.
 */
export async function saveEmailSettings(db: Db, actor: Access, input: EmailSettings): Promise<string[]> {
  return db.transaction(async (tx) => {
    const said: string[] = [];
    const audit = (action: "member.new_device_emails_changed" | "member.email_preferences_changed", line: string) =>
      recordAudit(tx, ownChange(actor, action, [line]));
    if (await setNewDeviceEmails(tx, actor.orgId, actor.memberId, input.newDeviceEmails)) {
      const on = input.newDeviceEmails;
      await audit(
        "member.new_device_emails_changed",
        on ? "Turned on emails about sign-ins from new devices." : "Turned off emails about sign-ins from new devices.",
      );
      said.push(on ? "We'll email you when someone signs in from a new device." : "We won't email you about sign-ins from new devices.");
    }
    if (actor.role.kind === "owner" && (await setSensitiveGrantEmails(tx, actor.orgId, actor.memberId, input.sensitiveGrantEmails))) {
      const on = input.sensitiveGrantEmails;
      await audit("member.email_preferences_changed", `Emails about sensitive permissions: ${on ? "on" : "off"}`);
      said.push(`${on ? "You will be emailed" : "You will no longer be emailed"} when someone is given a sensitive permission.`);
    }
    return said;
  });
}
