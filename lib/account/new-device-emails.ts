// "Email me when someone signs in from a new device": the member's own choice, audited, since
// whoever holds a stolen session would like it off.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { setNewDeviceEmails } from "@/db/queries/member-devices";
import type { Access } from "@/lib/authz/check";

export async function chooseNewDeviceEmails(db: Db, actor: Access, enabled: boolean) {
  await db.transaction(async (tx) => {
    await setNewDeviceEmails(tx, actor.orgId, actor.memberId, enabled);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.memberId,
      actorName: actor.name,
      action: "member.new_device_emails_changed",
      targetId: actor.memberId,
      targetName: actor.name,
      details: { lines: [enabled ? "Turned on emails about sign-ins from new devices." : "Turned off emails about sign-ins from new devices."] },
    });
  });
}
