import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findSsoMember } from "@/db/queries/sso";
import { applyDirectoryGroups } from "@/lib/directory/groups";

/**
 * Every successful SSO sign-in passes through here, inside the sign-in's transaction, with the
 * id_token's `groups` claim: recorded on the audit entry, and, when the claim names groups, the
 * member's directory groups and so their mapped role follow it (lib/directory/groups.ts, the
 * path SCIM takes). A member SCIM provisions keeps the groups SCIM sends: one source per member.
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
  if (groups.length && member.managedBy !== "scim") await applyDirectoryGroups(tx, orgId, memberId, { names: groups }, "Single sign-on");
}
