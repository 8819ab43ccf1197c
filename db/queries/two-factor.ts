// Two-factor rows (member_two_factor, member_recovery_codes), every one scoped by organisation.
import { and, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { members, memberRecoveryCodes, memberTwoFactor } from "../schema";

export async function findTwoFactor(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(memberTwoFactor)
    .where(and(eq(memberTwoFactor.orgId, orgId), eq(memberTwoFactor.memberId, memberId)))
    .limit(1);
  return row ?? null;
}

/** A set-up waiting for its first code; an earlier unconfirmed one is replaced, a confirmed secret kept. */
export async function savePendingSecret(db: Db, orgId: string, memberId: string, sealed: string) {
  await db
    .insert(memberTwoFactor)
    .values({ orgId, memberId, pendingSecretSealed: sealed })
    .onConflictDoUpdate({
      target: memberTwoFactor.memberId,
      set: { pendingSecretSealed: sealed, updatedAt: sql`now()` },
      where: eq(memberTwoFactor.orgId, orgId),
    });
}

/** The pending secret becomes the one sign-in checks, with the step its first code used. */
export async function confirmPendingSecret(db: Db, orgId: string, memberId: string, pendingSealed: string, step: number) {
  const rows = await db
    .update(memberTwoFactor)
    .set({ secretSealed: pendingSealed, pendingSecretSealed: null, enabledAt: sql`now()`, lastUsedStep: step, updatedAt: sql`now()` })
    .where(and(eq(memberTwoFactor.orgId, orgId), eq(memberTwoFactor.memberId, memberId), eq(memberTwoFactor.pendingSecretSealed, pendingSealed)))
    .returning({ memberId: memberTwoFactor.memberId });
  return rows.length > 0;
}

/** Two-factor off: the secret and every recovery code go. Returns whether it was on. */
export async function deleteTwoFactor(db: Db, orgId: string, memberId: string): Promise<boolean> {
  await db.delete(memberRecoveryCodes).where(and(eq(memberRecoveryCodes.orgId, orgId), eq(memberRecoveryCodes.memberId, memberId)));
  const rows = await db
    .delete(memberTwoFactor)
    .where(and(eq(memberTwoFactor.orgId, orgId), eq(memberTwoFactor.memberId, memberId)))
    .returning({ enabledAt: memberTwoFactor.enabledAt });
  return rows.some((row) => row.enabledAt !== null);
}

export async function replaceRecoveryCodes(db: Db, orgId: string, memberId: string, hashes: readonly string[]) {
  await db.delete(memberRecoveryCodes).where(and(eq(memberRecoveryCodes.orgId, orgId), eq(memberRecoveryCodes.memberId, memberId)));
  await db.insert(memberRecoveryCodes).values(hashes.map((codeHash) => ({ orgId, memberId, codeHash })));
}

export async function countUnusedRecoveryCodes(db: Db, orgId: string, memberId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberRecoveryCodes)
    .where(and(eq(memberRecoveryCodes.orgId, orgId), eq(memberRecoveryCodes.memberId, memberId), isNull(memberRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Takes a time step for sign-in only if it is later than the last one taken: false when reused. */
export async function takeTotpStep(db: Db, orgId: string, memberId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(memberTwoFactor)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(memberTwoFactor.orgId, orgId),
        eq(memberTwoFactor.memberId, memberId),
        isNotNull(memberTwoFactor.secretSealed),
        or(isNull(memberTwoFactor.lastUsedStep), lt(memberTwoFactor.lastUsedStep, step)),
      ),
    )
    .returning({ memberId: memberTwoFactor.memberId });
  return rows.length > 0;
}

/** Uses a recovery code up: false when it is unknown or was used already. */
export async function takeRecoveryCode(db: Db, orgId: string, memberId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(memberRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(memberRecoveryCodes.orgId, orgId),
        eq(memberRecoveryCodes.memberId, memberId),
        eq(memberRecoveryCodes.codeHash, codeHash),
        isNull(memberRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: memberRecoveryCodes.id });
  return rows.length > 0;
}

/** The organisation's active members who have not set up two-factor, for the security settings page. */
export async function membersWithoutTwoFactor(db: Db, orgId: string) {
  return db
    .select({ id: members.id, name: members.name })
    .from(members)
    .leftJoin(memberTwoFactor, eq(memberTwoFactor.memberId, members.id))
    .where(and(eq(members.orgId, orgId), eq(members.status, "active"), isNull(memberTwoFactor.enabledAt)))
    .orderBy(members.name, members.id);
}
