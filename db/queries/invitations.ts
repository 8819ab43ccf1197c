import { and, desc, eq, gt, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias, type PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { invitations, members, organizations, roles } from "../schema";

const inviter = alias(members, "inviter");

/** Not yet accepted or revoked: pending, or expired and still listed until revoked. */
const open = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

const INVITATIONS_LIST_LIMIT = 100;

/** One invitation of the organisation. */
const byId = (orgId: string, invitationId: string) => and(eq(invitations.orgId, orgId), eq(invitations.id, invitationId));

/** What the team list and the revoke and resend checks read: the address, its role (joined) and who sent it (left-joined as `inviter`). */
const withRole = {
  id: invitations.id,
  email: invitations.email,
  expiresAt: invitations.expiresAt,
  roleName: roles.name,
  roleKind: roles.kind,
  rolePermissions: roles.permissions,
  invitedByName: inviter.name,
};

async function updateInvitation(db: Db, orgId: string, invitationId: string, values: PgUpdateSetSource<typeof invitations>) {
  await db.update(invitations).set(values).where(byId(orgId, invitationId));
}

export async function insertInvitation(db: Db, values: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(values).returning();
  return row;
}

/** Open invitations of the organisation, newest first, with their role and who sent them. */
export async function listOpenInvitations(db: Db, orgId: string) {
  return db
    .select({ ...withRole, createdAt: invitations.createdAt, roleId: roles.id })
    .from(invitations)
    .innerJoin(roles, eq(roles.id, invitations.roleId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(and(eq(invitations.orgId, orgId), open))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(INVITATIONS_LIST_LIMIT);
}

const openInvitations = (db: Db, orgId: string, where: SQL | undefined) =>
  db
    .select({ ...withRole, createdAt: invitations.createdAt, roleId: roles.id })
    .from(invitations)
    .innerJoin(roles, eq(roles.id, invitations.roleId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(and(eq(invitations.orgId, orgId), open, where))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));

/** Open invitations newest first, a page after the cursor's invitation (the API's paging; the team page reads the first 100). */
export async function listOpenInvitationsAfter(db: Db, orgId: string, page: { cursor?: string; limit: number }) {
  const after = page.cursor
    ? sql`(${invitations.createdAt}, ${invitations.id}) < (select created_at, id from (${db
        .select({ created_at: invitations.createdAt, id: invitations.id })
        .from(invitations)
        .where(byId(orgId, page.cursor))}) as cursor_row)`
    : undefined;
  return openInvitations(db, orgId, after).limit(page.limit + 1);
}

/** One open invitation of the organisation, as the list shows it. */
export async function findOpenInvitation(db: Db, orgId: string, invitationId: string) {
  const [row] = await openInvitations(db, orgId, eq(invitations.id, invitationId)).limit(1);
  return row ?? null;
}

/** An invitation to this address that can still be accepted (other than `exceptId`). */
export async function findPendingInvitationFor(db: Db, orgId: string, email: string, now: Date, exceptId?: string) {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.email, email),
        open,
        gt(invitations.expiresAt, now),
        exceptId ? ne(invitations.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** One invitation of the organisation with its role, locked until the transaction ends. */
export async function lockInvitation(db: Db, orgId: string, invitationId: string) {
  const [row] = await db
    .select({ ...withRole, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt })
    .from(invitations)
    .innerJoin(roles, eq(roles.id, invitations.roleId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(byId(orgId, invitationId))
    .for("update", { of: invitations })
    .limit(1);
  return row ?? null;
}

export async function markRevoked(db: Db, orgId: string, invitationId: string) {
  await updateInvitation(db, orgId, invitationId, { revokedAt: sql`now()` });
}

/** A new link for the same invitation: the old token's hash is overwritten, so its link stops working. */
export async function renewInvitationToken(db: Db, orgId: string, invitationId: string, tokenHash: string, expiresAt: Date) {
  await updateInvitation(db, orgId, invitationId, { tokenHash, expiresAt });
}

/**
 * The invitation a link's token names. Deliberately not scoped by organisation: the token
 * is the credential, and its hash is unique across the product.
 */
export async function findInvitationByTokenHash(db: Db, tokenHash: string, lock = false) {
  const query = db
    .select({
      id: invitations.id,
      orgId: invitations.orgId,
      email: invitations.email,
      roleId: invitations.roleId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      orgName: organizations.name,
      roleName: roles.name,
      invitedById: invitations.invitedById,
      invitedByName: inviter.name,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .innerJoin(roles, eq(roles.id, invitations.roleId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  const [row] = await (lock ? query.for("update", { of: invitations }) : query);
  return row ?? null;
}

export async function markAccepted(db: Db, orgId: string, invitationId: string) {
  await updateInvitation(db, orgId, invitationId, { acceptedAt: sql`now()` });
}

/** Deleting a role moves its invitations, like its members, to another role (Agent). */
export async function moveInvitationsToRole(db: Db, orgId: string, fromRoleId: string, toRoleId: string) {
  return db
    .update(invitations)
    .set({ roleId: toRoleId })
    .where(and(eq(invitations.orgId, orgId), eq(invitations.roleId, fromRoleId)))
    .returning({ id: invitations.id, email: invitations.email, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt });
}
