import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { organizations, phoneNumbers } from "@/db/schema";
import { findCallFlowSettings, findOwnedIds, listIvrMenus, listRingGroupMembers, listRingGroups } from "@/db/queries/call-flows";
import { destinationIds } from "@/lib/call-flows/destinations";
import { useFreshDatabase } from "@/test/database";
import { seedDemoData } from "../seed";

const db = useFreshDatabase();

async function orgNamed(name: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.name, name));
  return org;
}

describe("call-flows demo data", () => {
  it("gives Acme ring groups, menus, London hours and rules that only point inside Acme", async () => {
    await seedDemoData(db);
    const acme = await orgNamed("Acme Support");
    const groups = await listRingGroups(db, acme.id);
    expect(groups.map((g) => g.name)).toEqual(["Billing", "Escalations", "Sales", "Support"]);
    for (const g of groups) expect(g.memberCount).toBeGreaterThan(0);
    expect((await listRingGroupMembers(db, acme.id, groups.find((g) => g.name === "Support")!.id)).length).toBe(11);

    const menus = await listIvrMenus(db, acme.id);
    const main = menus.find((m) => m.name === "Main menu")!;
    expect(main.options.map((o) => o.key)).toEqual(["1", "2", "3", "0", "9", "*"]);

    const settings = await findCallFlowSettings(db, acme.id);
    expect(settings).toMatchObject({ timeZone: "Europe/London", weeklyHours: { mon: { open: "09:00", close: "17:30" }, sat: null } });
    expect(settings.holidays.length).toBeGreaterThanOrEqual(2);
    expect(settings.routingRules.length).toBeGreaterThanOrEqual(3);

    const destinations = [...menus.flatMap((m) => m.options.map((o) => o.destination)), ...settings.routingRules.map((r) => r.destination)];
    const ids = destinationIds(destinations);
    const owned = await findOwnedIds(db, acme.id, ids);
    expect(owned.members.size + owned.ringGroups.size + owned.ivrMenus.size).toBe(ids.memberIds.length + ids.ringGroupIds.length + ids.ivrMenuIds.length);
  });

  it("points group lines at ring groups, leaving members' lines alone", async () => {
    for (const name of ["Acme Support", "Bolt Startup"]) {
      const org = await orgNamed(name);
      const numbers = await db.select().from(phoneNumbers).where(eq(phoneNumbers.orgId, org.id));
      expect(numbers.filter((n) => n.assignedMemberId && n.assignedRingGroupId)).toEqual([]);
      if (numbers.some((n) => !n.assignedMemberId)) expect(numbers.some((n) => n.assignedRingGroupId)).toBe(true);
    }
  });

  it("gives Bolt one ring group and the default hours", async () => {
    const bolt = await orgNamed("Bolt Startup");
    expect((await listRingGroups(db, bolt.id)).map((g) => [g.name, g.memberCount])).toEqual([["Everyone", 2]]);
    expect(await findCallFlowSettings(db, bolt.id)).toMatchObject({
      timeZone: "UTC",
      routingRules: [],
      weeklyHours: { fri: { open: "09:00", close: "17:00" } },
    });
  });
});
