import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findSsoMember } from "@/db/queries/sso";

/**
 * Every successful SSO sign-in passes through here, inside the sign-in's transaction, with the
 * id_token's `groups` claim. Today the groups are only recorded on the audit entry.
 * Integration point: at merge this calls the directory helper's
 * applyDirectoryGroups(tx, orgId, memberId, groups) (lib/directory/), so mapped directory
 * groups decide the member's role at each SSO sign-in.
 */
export async function onSsoSignIn({ tx, orgId, memberId, groups }: { tx: Db; orgId: string; memberId: string; groups: readonly string[] }): Promise<void> {
  const member = await findSsoMember(tx, orgId, memberId);
  if (!member) return;
  await recordAudit(tx, {
    orgId,
    actorId: member.id,
    actorName: member.name,
    action: "sso.signed_in",
    targetId: member.id,
    targetName: member.name,
    details: { lines: [groups.length ? `Directory groups: ${groups.join(", ")}` : "No directory groups in the id_token"] },
  });
}
