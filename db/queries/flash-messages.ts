import { and, eq, gt, lte, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { flashMessages, members } from "@/db/schema";

/** Long enough for the redirect that follows the action; a confirmation never read is void after it. */
export const FLASH_LIFETIME_MS = 5 * 60 * 1000;

/**
 * Leaves a member's confirmation for one page. Others they have not read yet stay: each of
 * their browsers holds its own id. Their expired ones are cleared here, so rows stay few.
 */
export async function leaveFlash(db: Db, flash: { memberId: string; path: string; message: string }): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [member] = await tx.select({ orgId: members.orgId }).from(members).where(eq(members.id, flash.memberId));
    if (!member) return null;
    await tx
      .delete(flashMessages)
      .where(
        and(
          eq(flashMessages.orgId, member.orgId),
          eq(flashMessages.memberId, flash.memberId),
          lte(flashMessages.createdAt, new Date(Date.now() - FLASH_LIFETIME_MS)),
        ),
      );
    const [row] = await tx
      .insert(flashMessages)
      .values({ ...flash, orgId: member.orgId })
      .returning({ id: flashMessages.id });
    return row.id;
  });
}

/**
 * The confirmation with this id for this page, deleted as it is read: shown once. With a
 * viewer, only theirs; without one (the sign-in page after a password change) the id, which
 * only that browser holds, is enough.
 */
export async function takeFlash(db: Db, flash: { id: string; path: string; viewer: { orgId: string; memberId: string } | null }): Promise<string | null> {
  const conditions: SQL[] = [
    eq(flashMessages.id, flash.id),
    eq(flashMessages.path, flash.path),
    gt(flashMessages.createdAt, new Date(Date.now() - FLASH_LIFETIME_MS)),
  ];
  if (flash.viewer) conditions.push(eq(flashMessages.orgId, flash.viewer.orgId), eq(flashMessages.memberId, flash.viewer.memberId));
  const [row] = await db
    .delete(flashMessages)
    .where(and(...conditions))
    .returning({ message: flashMessages.message });
  return row?.message ?? null;
}
