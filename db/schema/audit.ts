import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";

export const AUDIT_ACTIONS = [
  "role.created",
  "role.duplicated",
  "role.updated",
  "role.deleted",
  "member.role_changed",
  "org.plan_changed",
  "member.invited",
  "invitation.revoked",
  "invitation.resent",
  "invitation.accepted",
  "member.profile_updated",
  "member.deactivated",
  "member.reactivated",
  "number.purchased",
  "number.assigned",
  "member.caller_id_changed",
  "ivr.updated",
  "ring_group.updated",
  "hours.updated",
  "routing.updated",
  "recording.deleted",
  "template.created",
  "template.updated",
  "template.deleted",
  "integration.connected",
  "integration.disconnected",
  "payment_method.updated",
  "role.restored",
  "role.reviewed",
  "member.password_changed",
  "member.sessions_signed_out",
  "member.two_factor_enabled",
  "member.two_factor_disabled",
  "member.recovery_codes_regenerated",
  "org.two_factor_requirement_changed",
  "member.password_reset",
  "member.new_device_emails_changed",
  "org.created",
  "org.trial_ended",
  "member.email_verified",
  "member.email_preferences_changed",
  "api_key.created",
  "api_key.revoked",
  "webhook.created",
  "webhook.enabled",
  "webhook.disabled",
  "webhook.deleted",
  "webhook.redelivered",
  "scim.token_created",
  "scim.token_revoked",
  "member.provisioned",
  "member.directory_updated",
  "directory_group.created",
  "directory_group.updated",
  "directory_group.deleted",
  "directory.mapping_changed",
  "sso.configured",
  "sso.domain_added",
  "sso.domain_verified",
  "sso.domain_removed",
  "sso.requirement_changed",
  "sso.member_joined",
  "sso.signed_in",
  "org.audit_retention_changed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetails = {
  added?: string[];
  removed?: string[];
  renamed?: { from: string; to: string };
  descriptionChanged?: boolean;
  duplicatedFrom?: string;
  /** The role template a new role started from. */
  template?: string;
  permissions?: string[];
  restoredFromVersion?: number;
  membersMoved?: { id: string; name: string; email: string }[];
  fromRole?: string;
  toRole?: string;
  fromPlan?: string;
  toPlan?: string;
  /** Human-readable detail lines, for the product areas' events. */
  lines?: string[];
};

export const auditEvents = pgTable(
  "audit_events",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    actorId: uuid("actor_id").references(() => members.id, { onDelete: "set null" }),
    // Names are copied so the log still reads right after a rename or delete.
    actorName: text("actor_name").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    targetId: uuid("target_id"),
    targetName: text("target_name").notNull(),
    details: jsonb("details").$type<AuditDetails>().notNull().default({}),
    createdAt: createdAtColumn(),
  },
  (t) => [
    // Keyset paging newest first, on its own or by action (db/queries/audit.ts): ascending, read
    // backwards, since "desc" here would be DESC NULLS LAST and not match ORDER BY ... DESC.
    index("audit_events_org_created_id_idx").on(t.orgId, t.createdAt, t.id),
    index("audit_events_org_action_created_idx").on(t.orgId, t.action, t.createdAt, t.id),
    index("audit_events_actor_idx").on(t.actorId),
    // The public API filters the log by target (lib/api/endpoints/audit-log.ts).
    index("audit_events_org_target_idx").on(t.orgId, t.targetId),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
