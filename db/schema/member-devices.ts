import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orgIdColumn, memberIdColumn } from "./columns";

// The devices (browser and system, at one client address) each member signed in from: a sign-in
// from one not seen before may email the member. Kept 90 days from the last sign-in there.
export const memberDevices = pgTable(
  "member_devices",
  {
    memberId: memberIdColumn(),
    orgId: orgIdColumn(),
    /** As lib/account/device.ts describes it ("Chrome on macOS"): a browser update is not a new device. */
    device: text("device").notNull(),
    /** As lib/client-address.ts reads it (IPv6 by /64); "unknown" when there was none. */
    address: text("address").notNull(),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("member_devices_member_device_unique").on(t.memberId, t.device, t.address), index("member_devices_org_idx").on(t.orgId)],
);

export type MemberDevice = typeof memberDevices.$inferSelect;
