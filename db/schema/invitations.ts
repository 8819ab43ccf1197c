import { foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";
import { roles } from "./roles";

export const invitations = pgTable(
  "invitations",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    email: text("email").notNull(),
    roleId: uuid("role_id").notNull(),
    // SHA-256 of the token in the link: the link itself is shown once and never stored.
    tokenHash: text("token_hash").notNull(),
    invitedById: uuid("invited_by_id").references(() => members.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex("invitations_token_unique").on(t.tokenHash),
    index("invitations_org_created_idx").on(t.orgId, t.createdAt),
    index("invitations_org_role_idx").on(t.orgId, t.roleId),
    // Like a member's, an invitation's role is always of its organisation.
    foreignKey({ name: "invitations_org_role_fk", columns: [t.orgId, t.roleId], foreignColumns: [roles.orgId, roles.id] }).onDelete("restrict"),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
