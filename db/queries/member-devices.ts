// The devices each member signed in from (db/schema/member-devices.ts).
import { and, eq, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberDevices, members, organizations } from "../schema";

const KEPT_DAYS = 90;

/**
 * Records a sign-in from this device; whether it is new to the member (never seen, or not in the
 * last 90 days), and whether the member had signed in from any device before (the very first
 * sign-in of an account is not news). Devices unseen for 90 days are forgotten after that check,
 * so a dormant account still counts as one that signed in before.
 */
export async function noteDevice(db: Db, memberId: string, device: { device: string; address: string }, now: Date) {
  const cutoff = new Date(now.getTime() - KEPT_DAYS * 24 * 60 * 60 * 1000);
  const [inserted] = await db
    .insert(memberDevices)
    .values({ memberId, orgId: sql`(select ${members.orgId} from ${members} where ${members.id} = ${memberId})`, ...device, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoNothing()
    .returning({ memberId: memberDevices.memberId });
  if (!inserted) {
    const [stale] = await db
      .select({ lastSeenAt: memberDevices.lastSeenAt })
      .from(memberDevices)
      .where(and(eq(memberDevices.memberId, memberId), eq(memberDevices.device, device.device), eq(memberDevices.address, device.address)))
      .for("update");
    await db
      .update(memberDevices)
      .set({ lastSeenAt: now })
      .where(and(eq(memberDevices.memberId, memberId), eq(memberDevices.device, device.device), eq(memberDevices.address, device.address)));
    return { isNew: Boolean(stale && stale.lastSeenAt < cutoff), seenBefore: true };
  }
  const others = and(eq(memberDevices.memberId, memberId), or(ne(memberDevices.device, device.device), ne(memberDevices.address, device.address)));
  const [other] = await db.select({ device: memberDevices.device }).from(memberDevices).where(others).limit(1);
  await db.delete(memberDevices).where(and(others, lt(memberDevices.lastSeenAt, cutoff)));
  return { isNew: true, seenBefore: Boolean(other) };
}

/** Who to tell of a new device, and whether they asked to be told. */
export async function findDeviceEmailRecipient(db: Db, memberId: string) {
  const [row] = await db
    .select({ orgId: members.orgId, email: members.email, name: members.name, wantsEmail: members.newDeviceEmails, orgName: organizations.name })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.orgId))
    .where(eq(members.id, memberId))
    .limit(1);
  return row ?? null;
}

/** Sets the choice; true when it changed. */
export async function setNewDeviceEmails(db: Db, orgId: string, memberId: string, enabled: boolean): Promise<boolean> {
  const rows = await db
    .update(members)
    .set({ newDeviceEmails: enabled })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId), ne(members.newDeviceEmails, enabled)))
    .returning({ id: members.id });
  return rows.length > 0;
}

/** Whether the member wants emails about sign-ins from new devices. */
export async function wantsNewDeviceEmails(db: Db, orgId: string, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ wants: members.newDeviceEmails })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row?.wants ?? false;
}
