import type { AuditAction, AuditDetails, NewAuditEvent } from "@/db/schema/audit";
import type { Access } from "@/lib/authz/check";

// Every audit entry a member's action writes is built here: who acted, in which organisation,
// and the target's name as it was then (copied, so the log reads right after a rename or delete).

/** Who acted (memberId null: the system, e.g. the directory); the name is copied into the log, history and notices. */
export type Actor = { orgId: string; memberId: string | null; name: string };

/** The audit entry of `actor` doing `action` to `target`; `details` as the audit log shows them. */
export function auditEntry(actor: Actor, action: AuditAction, target: { id?: string | null; name: string }, details: AuditDetails = {}): NewAuditEvent {
  return { orgId: actor.orgId, actorId: actor.memberId, actorName: actor.name, action, targetId: target.id, targetName: target.name, details };
}

/** A change a member makes to their own account: they are its actor and its target. */
export function ownChange(actor: Access, action: AuditAction, lines: string[]): NewAuditEvent {
  return auditEntry(actor, action, { id: actor.memberId, name: actor.name }, { lines });
}

/** A change to the organisation's own settings: the organisation is the target. */
export function orgChange(actor: Access, action: AuditAction, details: AuditDetails): NewAuditEvent {
  return auditEntry(actor, action, { id: actor.orgId, name: actor.orgName }, details);
}
