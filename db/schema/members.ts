import { boolean, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { sql } from "drizzle-orm";
import { roles } from "./roles";
import { phoneNumbers } from "./numbers";

export const memberStatusEnum = pgEnum("member_status", ["active", "deactivated"]);

export const members = pgTable(
  "members",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    // Stored lower-case; one account per address across the product.
    email: text("email").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    extension: text("extension"),
    // The organisation number shown when this member calls out.
    callerIdNumberId: uuid("caller_id_number_id").references((): never => phoneNumbers.id as never, { onDelete: "set null" }),
    passwordHash: text("password_hash").notNull(),
    roleId: uuid("role_id").notNull(),
    status: memberStatusEnum("status").notNull().default("active"),
    // Every session carries the epoch it was signed in at; raising it (a password change)
    // ends them all on their next request (lib/authz/check.ts accessForSession).
    sessionEpoch: integer("session_epoch").notNull().default(0),
    // "Email me when someone signs in from a new device" on Your account.
    newDeviceEmails: boolean("new_device_emails").notNull().default(true),
    // Null only for an Owner who signed up and has not opened their verification link yet;
    // everyone else arrived through their email (an invitation) or predates sign-up.
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }).defaultNow(),
    // The Overview's first-run checklist, hidden by this member.
    checklistDismissedAt: timestamp("checklist_dismissed_at", { withTimezone: true }),
    // An Owner's choice to be emailed when someone gains a sensitive permission (the in-app notice comes regardless).
    sensitiveGrantEmails: boolean("sensitive_grant_emails").notNull().default(true),
    // Provisioned by the organisation's directory over SCIM: name and email are the directory's
    // to change, and externalId is the directory's own id for the person.
    managedBy: text("managed_by", { enum: ["scim"] }),
    externalId: text("external_id"),
    // "directory": the role follows the member's directory groups (lib/directory/groups.ts), and
    // a manual assignment is refused; directoryRoleGroupId names the group that decided it (null: the default role).
    roleSource: text("role_source", { enum: ["manual", "directory"] })
      .notNull()
      .default("manual"),
    directoryRoleGroupId: uuid("directory_role_group_id"),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_email_unique").on(t.email),
    uniqueIndex("members_org_external_id_unique")
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    uniqueIndex("members_org_extension_unique").on(t.orgId, t.extension),
    // The team list's sorts, each ending in id: keyset pages walk one of these (db/queries/members.ts).
    index("members_org_name_keyset_idx").on(t.orgId, t.name, t.id),
    index("members_org_email_keyset_idx").on(t.orgId, t.email, t.id),
    index("members_org_status_keyset_idx").on(t.orgId, t.status, t.name, t.id),
    // By role: each role's members in name order (also the role filter and the foreign key's lookups).
    index("members_org_role_keyset_idx").on(t.orgId, t.roleId, t.name, t.id),
    // Team search is "name or email contains": trigram indexes keep it flat as teams grow.
    index("members_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("members_email_trgm_idx").using("gin", sql`${t.email} gin_trgm_ops`),
    foreignKey({
      name: "members_org_role_fk",
      columns: [t.orgId, t.roleId],
      foreignColumns: [roles.orgId, roles.id],
    }).onDelete("restrict"),
  ],
);

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
