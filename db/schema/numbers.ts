import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn } from "./columns";
import { members } from "./members";
import { ringGroups } from "./call-flows";

export const phoneNumbers = pgTable(
  "phone_numbers",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    e164: text("e164").notNull(),
    label: text("label").notNull().default(""),
    country: text("country").notNull(),
    areaCode: text("area_code").notNull(),
    monthlyPriceCents: integer("monthly_price_cents").notNull(),
    // The carrier's id for the number, so a real carrier can be plugged in later.
    carrierRef: text("carrier_ref").notNull(),
    assignedMemberId: uuid("assigned_member_id").references((): never => members.id as never, { onDelete: "set null" }),
    assignedRingGroupId: uuid("assigned_ring_group_id").references((): never => ringGroups.id as never, {
      onDelete: "set null",
    }),
    purchasedAt: timestamp("purchased_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("phone_numbers_e164_unique").on(t.e164),
    index("phone_numbers_org_idx").on(t.orgId, t.e164),
    index("phone_numbers_member_idx").on(t.assignedMemberId),
    index("phone_numbers_ring_group_idx").on(t.assignedRingGroupId),
  ],
);

export type PhoneNumber = typeof phoneNumbers.$inferSelect;
export type NewPhoneNumber = typeof phoneNumbers.$inferInsert;
