// Roles & Permissions' page query on a real database: search, the three sorts with their ties,
// paging with nothing lost or repeated, the totals, and reviews read for the page's roles only.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema";
import { ownerOrg } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import type { RoleSort, Sort } from "@/lib/search-params";
import { insertReview, lastReviews } from "./role-reviews";
import { customRoleHolders, listRolesPage } from "./roles";

const db = useFreshDatabase();

/** Owner, Admin and Agent, plus four custom roles edited on different days and held by 0 to 3 members. */
async function organisation() {
  const org = await ownerOrg(db);
  const qa = await org.customRole("qa Lead", ["recordings.listen"]);
  const billing = await org.customRole("Billing", ["billing.view"]);
  const night = await org.customRole("Night shift", ["analytics.view"]);
  const support = await org.customRole("Support", ["analytics.view"]);
  await db
    .update(roles)
    .set({ description: "Listens to RECORDINGS" })
    .where(sql`${roles.id} = ${night.id}`);
  for (const [role, day] of [
    [qa, "2026-03-01"],
    [billing, "2026-05-01"],
    [night, "2026-01-15"],
    [support, "2026-05-01"],
  ] as const) {
    await db
      .update(roles)
      .set({ updatedAt: new Date(day) })
      .where(sql`${roles.id} = ${role.id}`);
  }
  for (const [role, holders] of [
    [qa, 2],
    [night, 3],
    [support, 1],
  ] as const)
    for (let i = 0; i < holders; i++) await org.member({ roleId: role.id });
  for (let i = 0; i < 4; i++) await org.member("agent");
  return org;
}

const names = async (orgId: string, sort: Sort<RoleSort> | null, q = "", pageSize = 25, page = 1) =>
  (await listRolesPage(db, orgId, { q, sort, page, pageSize })).rows.map((role) => role.name);

describe("listRolesPage", () => {
  it("searches names and descriptions in any case, treating % and _ as text", async () => {
    const { org } = await organisation();
    expect(await names(org.id, null, "RECORD")).toEqual(["Night shift"]);
    expect(await names(org.id, null, "ag")).toEqual(["Agent"]);
    expect(await names(org.id, null, "%")).toEqual([]);
    const none = await listRolesPage(db, org.id, { q: "nobody", sort: null, page: 1, pageSize: 25 });
    expect(none).toMatchObject({ rows: [], matched: 0, page: 1, customRoles: 4 });
  });

  it("sorts by name ignoring case, by members, by last edit (built-in roles as never edited), ties by name", async () => {
    const { org } = await organisation();
    expect(await names(org.id, null)).toEqual(["Owner", "Admin", "Agent", "Billing", "Night shift", "qa Lead", "Support"]);
    expect(await names(org.id, { key: "name", dir: "asc" })).toEqual(["Admin", "Agent", "Billing", "Night shift", "Owner", "qa Lead", "Support"]);
    expect(await names(org.id, { key: "members", dir: "desc" })).toEqual(["Agent", "Night shift", "qa Lead", "Owner", "Support", "Admin", "Billing"]);
    expect(await names(org.id, { key: "members", dir: "asc" })).toEqual(["Admin", "Billing", "Owner", "Support", "qa Lead", "Night shift", "Agent"]);
    expect(await names(org.id, { key: "edited", dir: "desc" })).toEqual(["Billing", "Support", "qa Lead", "Night shift", "Admin", "Agent", "Owner"]);
    expect(await names(org.id, { key: "edited", dir: "asc" })).toEqual(["Admin", "Agent", "Owner", "Night shift", "qa Lead", "Billing", "Support"]);
    const counts = (await listRolesPage(db, org.id, { q: "", sort: { key: "members", dir: "desc" }, page: 1, pageSize: 25 })).rows.map((r) => r.memberCount);
    expect(counts).toEqual([4, 3, 2, 1, 1, 0, 0]);
  });

  it("pages every sort with nothing lost or repeated, and keeps a page past the end on the last", async () => {
    const { org } = await organisation();
    for (const sort of [
      null,
      ...(["name", "members", "edited"] as const).flatMap((key) => [
        { key, dir: "asc" as const },
        { key, dir: "desc" as const },
      ]),
    ]) {
      const whole = await names(org.id, sort);
      const paged = [...(await names(org.id, sort, "", 3, 1)), ...(await names(org.id, sort, "", 3, 2)), ...(await names(org.id, sort, "", 3, 3))];
      expect(paged).toEqual(whole);
    }
    const past = await listRolesPage(db, org.id, { q: "", sort: null, page: 9, pageSize: 3 });
    expect(past).toMatchObject({ page: 3, matched: 7 });
    expect(past.rows.map((r) => r.name)).toEqual(["Support"]);
  });

  it("sees only its own organisation's roles, members and reviews", async () => {
    const mine = await organisation();
    const theirs = await organisation();
    const [theirRole] = (await listRolesPage(db, theirs.org.id, { q: "Billing", sort: null, page: 1, pageSize: 25 })).rows;
    await insertReview(db, { orgId: theirs.org.id, roleId: theirRole.id, outcome: "confirmed", reviewerName: "Them" });
    const page = await listRolesPage(db, mine.org.id, { q: "", sort: null, page: 1, pageSize: 25 });
    expect(page.matched).toBe(7);
    expect(page.rows.find((r) => r.name === "Agent")?.memberCount).toBe(4);
    expect(await customRoleHolders(db, mine.org.id)).toBe(6);
    expect((await lastReviews(db, mine.org.id, [theirRole.id])).size).toBe(0);
    expect((await lastReviews(db, theirs.org.id, [theirRole.id])).get(theirRole.id)).toMatchObject({ reviewerName: "Them" });
    expect((await lastReviews(db, theirs.org.id, [])).size).toBe(0);
  });
});
