import { and, eq, gt, isNotNull, isNull, ne } from "drizzle-orm";
import type { Db } from "../client";
import { members, organizations, roles, ssoConnections, ssoDomains, ssoSignIns } from "../schema";

export async function findSsoConnection(db: Db, orgId: string) {
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.orgId, orgId)).limit(1);
  return row ?? null;
}

export async function upsertSsoConnection(
  db: Db,
  orgId: string,
  fields: { issuer: string; clientId: string; clientSecretCiphertext: string; clientSecretLast4: string },
) {
  const [row] = await db
    .insert(ssoConnections)
    .values({ orgId, ...fields })
    .onConflictDoUpdate({ target: ssoConnections.orgId, set: { ...fields, updatedAt: new Date() } })
    .returning();
  return row;
}

/** Whether the setting changed. */
export async function setRequireSso(db: Db, orgId: string, required: boolean): Promise<boolean> {
  const rows = await db
    .update(ssoConnections)
    .set({ requireSso: required, updatedAt: new Date() })
    .where(and(eq(ssoConnections.orgId, orgId), eq(ssoConnections.requireSso, !required)))
    .returning({ id: ssoConnections.id });
  return rows.length > 0;
}

export function listSsoDomains(db: Db, orgId: string) {
  return db.select().from(ssoDomains).where(eq(ssoDomains.orgId, orgId)).orderBy(ssoDomains.domain);
}

export async function findSsoDomain(db: Db, orgId: string, domainId: string) {
  const [row] = await db
    .select()
    .from(ssoDomains)
    .where(and(eq(ssoDomains.orgId, orgId), eq(ssoDomains.id, domainId)))
    .limit(1);
  return row ?? null;
}

/** The domain's row, whichever organisation holds it: a domain belongs to one. */
export async function findSsoDomainByName(db: Db, domain: string) {
  const [row] = await db.select().from(ssoDomains).where(eq(ssoDomains.domain, domain)).limit(1);
  return row ?? null;
}

/** The connection that signs in people of a verified domain, with its organisation; null when none. */
export async function findConnectionForDomain(db: Db, domain: string) {
  const [row] = await db
    .select({ connection: ssoConnections, domain: ssoDomains })
    .from(ssoDomains)
    .innerJoin(ssoConnections, eq(ssoConnections.orgId, ssoDomains.orgId))
    .where(and(eq(ssoDomains.domain, domain), isNotNull(ssoDomains.verifiedAt)))
    .limit(1);
  return row ?? null;
}

/** Null when the domain is taken (by any organisation). */
export async function insertSsoDomain(db: Db, orgId: string, domain: string, verificationToken: string) {
  const [row] = await db.insert(ssoDomains).values({ orgId, domain, verificationToken }).onConflictDoNothing().returning();
  return row ?? null;
}

export async function markSsoDomainVerified(db: Db, orgId: string, domainId: string, now = new Date()) {
  const [row] = await db
    .update(ssoDomains)
    .set({ verifiedAt: now })
    .where(and(eq(ssoDomains.orgId, orgId), eq(ssoDomains.id, domainId), isNull(ssoDomains.verifiedAt)))
    .returning();
  return row ?? null;
}

export async function deleteSsoDomain(db: Db, orgId: string, domainId: string) {
  const [row] = await db
    .delete(ssoDomains)
    .where(and(eq(ssoDomains.orgId, orgId), eq(ssoDomains.id, domainId)))
    .returning();
  return row ?? null;
}

export async function insertSsoSignIn(db: Db, row: typeof ssoSignIns.$inferInsert) {
  const [inserted] = await db.insert(ssoSignIns).values(row).returning();
  return inserted;
}

/** Takes the trip this state started, once, while it has not expired: a replayed callback finds nothing. */
export async function completeSsoSignIn(db: Db, stateHash: string, now = new Date()) {
  const [row] = await db
    .update(ssoSignIns)
    .set({ completedAt: now })
    .where(and(eq(ssoSignIns.stateHash, stateHash), isNull(ssoSignIns.completedAt), gt(ssoSignIns.expiresAt, now)))
    .returning();
  return row ?? null;
}

export async function setSsoTicket(db: Db, orgId: string, signInId: string, memberId: string, ticketHash: string) {
  await db
    .update(ssoSignIns)
    .set({ memberId, ticketHash })
    .where(and(eq(ssoSignIns.orgId, orgId), eq(ssoSignIns.id, signInId)));
}

/** Uses a ticket up, once, while it has not expired: the member it signs in, or null. */
export async function takeSsoTicket(db: Db, ticketHash: string, now = new Date()) {
  const [row] = await db
    .update(ssoSignIns)
    .set({ ticketUsedAt: now })
    .where(and(eq(ssoSignIns.ticketHash, ticketHash), isNull(ssoSignIns.ticketUsedAt), isNotNull(ssoSignIns.completedAt), gt(ssoSignIns.expiresAt, now)))
    .returning({ memberId: ssoSignIns.memberId, orgId: ssoSignIns.orgId, callbackUrl: ssoSignIns.callbackUrl });
  return row?.memberId ? { ...row, memberId: row.memberId } : null;
}

/** Whether this member must sign in through SSO: their organisation requires it (on Enterprise) and they are not an Owner. */
export async function ssoRequiredFor(db: Db, memberId: string): Promise<boolean> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .innerJoin(ssoConnections, eq(ssoConnections.orgId, members.orgId))
    .where(and(eq(members.id, memberId), ne(roles.kind, "owner"), eq(ssoConnections.requireSso, true), eq(organizations.plan, "enterprise")))
    .limit(1);
  return rows.length > 0;
}

/** What starting a session needs of the member a ticket names, in their organisation. */
export async function findSsoMember(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({
      id: members.id,
      orgId: members.orgId,
      name: members.name,
      email: members.email,
      status: members.status,
      epoch: members.sessionEpoch,
      managedBy: members.managedBy,
    })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row ?? null;
}
