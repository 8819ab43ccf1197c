// Password reset links, and the member rows a reset reads and locks. Asking for a link knows only
// an email address, and using one only its token: these are org-less lookups, as sign-in is.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { members, organizations, passwordResets } from "../schema";

const memberColumns = {
  id: members.id,
  orgId: members.orgId,
  name: members.name,
  email: members.email,
  status: members.status,
  orgName: organizations.name,
};

/** The member with this address, their row locked: links for one member are issued one at a time. */
export async function lockMemberByEmail(db: Db, email: string) {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .where(eq(members.email, email))
    .limit(1)
    .for("update", { of: members });
  return row ?? null;
}

/** One member of the organisation, their row locked until the transaction ends. */
export async function lockResetMember(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1)
    .for("update", { of: members });
  return row ?? null;
}

/** Voids the member's links not yet used: only the newest one works. */
export async function voidOpenResets(db: Db, orgId: string, memberId: string, now: Date) {
  await db
    .update(passwordResets)
    .set({ voidedAt: now })
    .where(and(eq(passwordResets.orgId, orgId), eq(passwordResets.memberId, memberId), isNull(passwordResets.usedAt), isNull(passwordResets.voidedAt)));
}

export async function insertReset(db: Db, values: typeof passwordResets.$inferInsert) {
  const [row] = await db.insert(passwordResets).values(values).returning({ id: passwordResets.id });
  return row;
}

/** The link with this token hash and its member, for the page; with `lock`, the link's row is locked. */
export async function findResetByTokenHash(db: Db, tokenHash: string, lock = false) {
  const query = db
    .select({
      id: passwordResets.id,
      orgId: passwordResets.orgId,
      memberId: passwordResets.memberId,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
      voidedAt: passwordResets.voidedAt,
      email: members.email,
      status: members.status,
    })
    .from(passwordResets)
    .innerJoin(members, and(eq(members.id, passwordResets.memberId), eq(members.orgId, passwordResets.orgId)))
    .where(eq(passwordResets.tokenHash, tokenHash))
    .limit(1);
  const [row] = await (lock ? query.for("update", { of: passwordResets }) : query);
  return row ?? null;
}

export async function markResetUsed(db: Db, orgId: string, resetId: string, now: Date) {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.orgId, orgId), eq(passwordResets.id, resetId)));
}
