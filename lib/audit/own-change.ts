import type { AuditAction, NewAuditEvent } from "@/db/schema/audit";
import type { Access } from "@/lib/authz/check";

/** The audit entry of a change a member makes to their own account: they are its actor and its target. */
export function ownChange(actor: Access, action: AuditAction, lines: string[]): NewAuditEvent {
  return { orgId: actor.orgId, actorId: actor.memberId, actorName: actor.name, action, targetId: actor.memberId, targetName: actor.name, details: { lines } };
}
