// The public API's response shapes: what the OpenAPI document publishes and the contract tests check.
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/db/schema";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

const permissionKey = z.enum(ALL_PERMISSIONS as [string, ...string[]]);
const timestamp = z.iso.datetime({ offset: true });
const roleKind = z.enum(["owner", "admin", "agent", "custom"]);

export const permissionSchema = z.object({
  key: permissionKey,
  label: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  description: z.string(),
  needs: z.array(permissionKey),
  sensitive: z.boolean(),
});

export const roleSchema = z.object({
  id: z.uuid(),
  kind: roleKind,
  name: z.string(),
  description: z.string(),
  /** What the role is configured to grant (built-ins from code). */
  permissions: z.array(permissionKey),
  /** False for a custom role kept through a downgrade: its holders act as Agents meanwhile. */
  active: z.boolean(),
  version: z.int(),
  memberCount: z.int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const roleRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: roleKind });

export const memberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  status: z.enum(["active", "deactivated"]),
  role: roleRefSchema,
});

export const memberDetailSchema = memberSchema.extend({
  roleInactive: z.boolean(),
  /** What the member holds now, in registry order (none while deactivated). */
  effectivePermissions: z.array(permissionKey),
});

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleRefSchema,
  /** Open invitations only: pending until the link expires, then expired until revoked or sent again. */
  state: z.enum(["pending", "expired"]),
  invitedByName: z.string().nullable(),
  expiresAt: timestamp,
  createdAt: timestamp,
});

export const comparisonSchema = z.object({
  /** The roles in the order asked for; note is Built-in, Custom or Inactive (a custom role kept through a downgrade). */
  roles: z.array(z.object({ id: z.uuid(), name: z.string(), note: z.string(), permissions: z.array(permissionKey) })),
  /** Every permission of the registry, the ones the roles disagree on first; grants follow the order of roles. */
  rows: z.array(z.object({ key: permissionKey, label: z.string(), category: z.string(), grants: z.array(z.boolean()), differs: z.boolean() })),
  differing: z.int(),
});

export const auditEventSchema = z.object({
  id: z.uuid(),
  action: z.enum(AUDIT_ACTIONS),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  targetId: z.uuid().nullable(),
  targetName: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
});

export const historySchema = z.object({
  versions: z.array(
    z.object({
      version: z.int(),
      kind: z.string(),
      name: z.string(),
      description: z.string(),
      permissions: z.array(z.string()),
      added: z.array(z.string()),
      removed: z.array(z.string()),
      restoredFromVersion: z.int().nullable(),
      actorName: z.string(),
      createdAt: timestamp,
    }),
  ),
  memberChanges: z.array(z.object({ memberId: z.uuid().nullable(), memberName: z.string(), change: z.string(), actorName: z.string(), createdAt: timestamp })),
});

export const webhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  /** Why Switchboard turned it off (failing for the whole retry window); null when on or turned off by a person. */
  disabledReason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
});

export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  /** The Standard Webhooks message id (webhook-id), the same on every retry and redelivery. */
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(["queued", "delivered", "failed"]),
  attempts: z.int(),
  lastStatusCode: z.int().nullable(),
  /** The start of the receiver's answer, or why there was none. */
  lastResponse: z.string().nullable(),
  lastAttemptAt: timestamp.nullable(),
  nextAttemptAt: timestamp,
  createdAt: timestamp,
});

export const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });
export const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

/** Cursor paging: the last item's id, opaque to callers. */
export const pagingQuery = {
  cursor: z.uuid("The cursor is not valid.").optional(),
  limit: z.coerce
    .number("Limit must be a number.")
    .int("Limit must be a whole number.")
    .min(1, "Limit is at least 1.")
    .max(100, "Limit is at most 100.")
    .default(25),
};
