import type { AuditEvent } from "@/db/schema";
import { isPermission, permissionLabel } from "@/lib/authz/permissions";

const labels = (keys: string[] = []) => keys.map((k) => (isPermission(k) ? permissionLabel(k) : k)).join(", ");

// The product areas' events: a verb, and the detail lines they wrote themselves.
const AREA_VERBS: Record<string, string> = {
  "member.invited": "invited",
  "invitation.revoked": "revoked the invitation of",
  "invitation.resent": "sent a new invitation link to",
  "invitation.accepted": "accepted the invitation as",
  "member.profile_updated": "edited the profile of",
  "member.deactivated": "deactivated",
  "member.reactivated": "reactivated",
  "number.purchased": "purchased the number",
  "number.assigned": "changed who the number rings:",
  "member.caller_id_changed": "changed the caller ID of",
  "ivr.updated": "edited the IVR menu",
  "ring_group.updated": "edited the ring group",
  "hours.updated": "edited the business hours",
  "routing.updated": "edited the routing rules",
  "recording.deleted": "deleted the recording",
  "template.created": "created the message template",
  "template.updated": "edited the message template",
  "template.deleted": "deleted the message template",
  "integration.connected": "connected",
  "integration.disconnected": "disconnected",
  "payment_method.updated": "updated the payment method:",
  "role.restored": "restored an earlier version of role",
  "role.reviewed": "reviewed role",
  "api_key.revoked": "revoked the API key",
  "webhook.created": "added the webhook endpoint",
  "webhook.enabled": "turned on the webhook endpoint",
  "webhook.disabled": "turned off the webhook endpoint",
  "webhook.deleted": "deleted the webhook endpoint",
  "webhook.redelivered": "redelivered an event to the webhook endpoint",
  "scim.token_created": "created the SCIM token",
  "scim.token_revoked": "revoked the SCIM token",
  "member.provisioned": "provisioned",
  "member.directory_updated": "updated from the directory:",
  "directory_group.created": "created the directory group",
  "directory_group.updated": "updated the directory group",
  "directory_group.deleted": "deleted the directory group",
  "directory.mapping_changed": "changed the directory group mapping of",
  "sso.configured": "saved the identity provider for",
  "sso.domain_added": "added the single sign-on domain",
  "sso.domain_verified": "verified the single sign-on domain",
  "sso.domain_removed": "removed the single sign-on domain",
  "sso.member_joined": "joined through single sign-on as",
  "sso.signed_in": "signed in through single sign-on as",
};

/** One audit event as a sentence and its detail lines, for people rather than machines. */
export function describeAudit(event: AuditEvent): { summary: string; details: string[] } {
  const d = event.details;
  const target = `“${event.targetName}”`;
  switch (event.action) {
    case "role.created":
      return {
        summary: d.template ? `created role ${target} from the “${d.template}” template` : `created role ${target}`,
        details: d.permissions?.length ? [`Permissions: ${labels(d.permissions)}`] : [],
      };
    case "role.duplicated":
      return {
        summary: `duplicated “${d.duplicatedFrom}” as ${target}`,
        details: d.permissions?.length ? [`Permissions: ${labels(d.permissions)}`] : [],
      };
    case "role.updated":
      return {
        summary: `edited role ${target}`,
        details: [
          d.renamed ? `Renamed from “${d.renamed.from}”` : "",
          d.added?.length ? `Added: ${labels(d.added)}` : "",
          d.removed?.length ? `Removed: ${labels(d.removed)}` : "",
          d.descriptionChanged ? "Description changed" : "",
        ].filter(Boolean),
      };
    case "role.deleted": {
      const moved = d.membersMoved ?? [];
      return {
        summary: `deleted role ${target}`,
        details: [
          moved.length ? `Moved to ${d.toRole ?? "Agent"}: ${moved.map((m) => `${m.name} (${m.email})`).join(", ")}` : "No members held it",
          ...(d.lines ?? []),
        ],
      };
    }
    case "member.role_changed":
      return { summary: `changed the role of ${event.targetName}`, details: [`${d.fromRole} → ${d.toRole}`, ...(d.lines ?? [])] };
    case "member.password_changed":
      return { summary: "changed their password", details: d.lines ?? [] };
    case "member.sessions_signed_out":
      return { summary: "signed out their other sessions", details: d.lines ?? [] };
    case "member.two_factor_enabled":
      return { summary: "turned on two-factor authentication", details: d.lines ?? [] };
    case "member.two_factor_disabled":
      return { summary: "turned off two-factor authentication", details: d.lines ?? [] };
    case "member.recovery_codes_regenerated":
      return { summary: "generated new two-factor recovery codes", details: d.lines ?? [] };
    case "org.two_factor_requirement_changed":
      return { summary: "changed the security settings", details: d.lines ?? [] };
    case "member.password_reset":
      return { summary: "reset their password", details: d.lines ?? [] };
    case "member.new_device_emails_changed":
      return { summary: "changed their new sign-in emails", details: d.lines ?? [] };
    case "member.email_preferences_changed":
      return { summary: "changed their email settings", details: d.lines ?? [] };
    case "org.plan_changed":
      return { summary: "changed the plan", details: [`${d.fromPlan} → ${d.toPlan}`] };
    case "org.created":
      return { summary: `created the organisation ${target}`, details: d.lines ?? [] };
    case "org.trial_ended":
      return { summary: "ended the Business trial", details: d.fromPlan ? [`${d.fromPlan} → ${d.toPlan}`, ...(d.lines ?? [])] : (d.lines ?? []) };
    case "api_key.created":
      return {
        summary: `created the API key ${target}`,
        details: [...(d.lines ?? []), ...(d.permissions?.length ? [`Permissions: ${labels(d.permissions)}`] : [])],
      };
    case "sso.requirement_changed":
      return { summary: "changed the single sign-on requirement", details: d.lines ?? [] };
    case "org.audit_retention_changed":
      return { summary: "changed how long the audit log keeps entries", details: d.lines ?? [] };
    case "member.email_verified":
      return { summary: "verified their email address", details: d.lines ?? [] };
    default:
      return { summary: `${AREA_VERBS[event.action]} ${target}`, details: d.lines ?? [] };
  }
}
