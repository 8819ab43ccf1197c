import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { emailVerifications, members, organizations } from "../schema";

export async function insertEmailVerification(db: Db, values: typeof emailVerifications.$inferInsert) {
  await db.insert(emailVerifications).values(values);
}

/** The link's verification with its member, by the token's hash (org-less: the link is all there is); locked when asked. */
export async function findEmailVerification(db: Db, tokenHash: string, lock = false) {
  const query = db
    .select({
      id: emailVerifications.id,
      orgId: emailVerifications.orgId,
      memberId: emailVerifications.memberId,
      expiresAt: emailVerifications.expiresAt,
      usedAt: emailVerifications.usedAt,
      email: members.email,
      memberName: members.name,
      memberStatus: members.status,
      emailVerifiedAt: members.emailVerifiedAt,
      orgName: organizations.name,
    })
    .from(emailVerifications)
    .innerJoin(members, and(eq(members.id, emailVerifications.memberId), eq(members.orgId, emailVerifications.orgId)))
    .innerJoin(organizations, eq(organizations.id, emailVerifications.orgId))
    .where(eq(emailVerifications.tokenHash, tokenHash))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: emailVerifications }) : await query;
  return row ?? null;
}

/** Uses up every open link of the member (the one followed, and any older or newer copy). */
export async function useEmailVerifications(db: Db, orgId: string, memberId: string, now: Date) {
  await db
    .update(emailVerifications)
    .set({ usedAt: now })
    .where(and(eq(emailVerifications.orgId, orgId), eq(emailVerifications.memberId, memberId), isNull(emailVerifications.usedAt)));
}

export async function markEmailVerified(db: Db, orgId: string, memberId: string, now: Date) {
  await db
    .update(members)
    .set({ emailVerifiedAt: now })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId), isNull(members.emailVerifiedAt)));
}
