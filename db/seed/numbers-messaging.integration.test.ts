// The demo numbers and SMS look like a company's: dozens of numbers in several area codes,
// months of conversations, templates; every number bought from the carrier simulator's stock
// and every contact on a number reserved for fiction.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { conversations, members, messages, messageTemplates, organizations, phoneNumbers } from "@/db/schema";
import { inventory } from "@/lib/providers/carrier";
import { useFreshDatabase } from "@/test/database";
import { seedDemoData } from "../seed";

const db = useFreshDatabase();
const DAY = 86_400_000;

async function orgId(name: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.name, name));
  return org.id;
}

describe("demo numbers and messaging", () => {
  beforeAll(async () => {
    await seedDemoData(db);
  });

  it("gives Acme dozens of US and UK numbers from the simulator's stock, many ringing members, bought over months", async () => {
    const rows = await db
      .select()
      .from(phoneNumbers)
      .where(eq(phoneNumbers.orgId, await orgId("Acme Support")));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(["US", "GB"]));
    expect(new Set(rows.map((r) => r.areaCode)).size).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => r.assignedMemberId).length).toBeGreaterThanOrEqual(15);
    expect(rows.every((r) => inventory(r.country as "US" | "GB", r.areaCode).includes(r.e164))).toBe(true);
    const ages = rows.map((r) => Date.now() - r.purchasedAt.getTime());
    expect(Math.max(...ages)).toBeGreaterThan(365 * DAY);
  });

  it("sets the caller ID of many Acme members to one of Acme's own numbers", async () => {
    const acme = await orgId("Acme Support");
    const own = new Set((await db.select({ id: phoneNumbers.id }).from(phoneNumbers).where(eq(phoneNumbers.orgId, acme))).map((r) => r.id));
    const ids = (await db.select({ callerId: members.callerIdNumberId }).from(members).where(eq(members.orgId, acme))).map((r) => r.callerId).filter(Boolean);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.every((id) => own.has(id!))).toBe(true);
  });

  it("gives Acme about thirty conversations over months with fictional contacts, and a few templates", async () => {
    const acme = await orgId("Acme Support");
    const threads = await db.select().from(conversations).where(eq(conversations.orgId, acme));
    expect(threads.length).toBe(30);
    expect(threads.every((c) => /^\+1\d{3}55501\d{2}$|^\+447700900\d{3}$/.test(c.contactNumber))).toBe(true);
    const oldest = Math.min(...threads.map((c) => c.lastMessageAt.getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(60 * DAY);
    const rows = await db.select().from(messages).where(eq(messages.orgId, acme));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((m) => m.direction === "outbound").every((m) => m.sentById && m.providerRef)).toBe(true);
    expect(new Set(rows.map((m) => m.status))).toEqual(new Set(["received", "delivered", "failed"]));
    expect((await db.select().from(messageTemplates).where(eq(messageTemplates.orgId, acme))).length).toBeGreaterThanOrEqual(5);
  });

  it("gives Bolt a few numbers, conversations and templates of its own", async () => {
    const bolt = await orgId("Bolt Startup");
    expect((await db.select().from(phoneNumbers).where(eq(phoneNumbers.orgId, bolt))).length).toBe(3);
    expect((await db.select().from(conversations).where(eq(conversations.orgId, bolt))).length).toBe(4);
    expect((await db.select().from(messageTemplates).where(eq(messageTemplates.orgId, bolt))).length).toBe(2);
  });
});
