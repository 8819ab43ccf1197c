import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, invoices, members, organizations, roles, roleVersions } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { seedDemoData } from "../seed";

const db = useFreshDatabase();
const DAY = 86_400_000;

beforeAll(async () => {
  await seedDemoData(db);
});

describe("the demo's timeline", () => {
  it("spreads join dates over the past year, none after the organisation's first invoice's start for its founders", async () => {
    const [acme] = await db.select().from(organizations).where(eq(organizations.name, "Acme Support"));
    const joined = await db.select({ name: members.name, at: members.createdAt }).from(members).where(eq(members.orgId, acme.id));
    const days = new Set(joined.map((m) => m.at.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThan(20);
    const oldest = Math.min(...joined.map((m) => m.at.getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(365 * DAY);
    const [firstInvoice] = await db
      .select({ start: sql<string>`min(${invoices.periodStart})::text` })
      .from(invoices)
      .where(eq(invoices.orgId, acme.id));
    expect(acme.createdAt.toISOString().slice(0, 10) <= firstInvoice.start).toBe(true);
    const olivia = joined.find((m) => m.name === "Olivia Owner")!;
    expect(olivia.at.getTime()).toBeLessThanOrEqual(new Date(firstInvoice.start).getTime());
  });

  it("names nobody in the audit log before they joined", async () => {
    const late = await db.execute(sql`
      select m.name, e.action, e.created_at from ${auditEvents} e
      join ${members} m on m.org_id = e.org_id and (m.id = e.actor_id or m.id = e.target_id)
      where e.created_at < m.created_at`);
    expect(Array.from(late as Iterable<unknown>)).toEqual([]);
  });

  it("records version 1 of every seeded custom role, when the role was made and before its members joined it", async () => {
    const custom = await db.select().from(roles).where(eq(roles.kind, "custom"));
    expect(custom.length).toBeGreaterThan(0);
    for (const role of custom) {
      const [first] = await db
        .select()
        .from(roleVersions)
        .where(and(eq(roleVersions.roleId, role.id), eq(roleVersions.version, 1)));
      expect(first, role.name).toMatchObject({ kind: "created", name: role.name, permissions: role.permissions });
      expect(first.createdAt.getTime()).toBe(role.createdAt.getTime());
      const holders = await db.select({ at: members.createdAt }).from(members).where(eq(members.roleId, role.id));
      for (const holder of holders) expect(holder.at.getTime()).toBeGreaterThanOrEqual(role.createdAt.getTime());
    }
  });
});
