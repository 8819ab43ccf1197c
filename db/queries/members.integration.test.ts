// The team list's query on a real database: the capped count, keyset paging both ways in
// every sort, with filters, and tenant scoping of the cursor.
import { describe, expect, it } from "vitest";
import { members } from "@/db/schema";
import { makeOrg, ownerOrg } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { MEMBER_SORTS, type Sort } from "@/lib/search-params";
import { countMembersCapped, listMembers, MEMBER_COUNT_CAP, memberRows } from "./members";

const db = useFreshDatabase();

/** An organisation with its Owner and `n` more members across Agent, Admin and a custom role, some deactivated, names repeating. */
async function team(n: number) {
  const org = await ownerOrg(db);
  const roleIds = [(await org.builtInRole("agent")).id, (await org.builtInRole("admin")).id, (await org.customRole("Reviewer", ["members.view"])).id];
  await db.insert(members).values(
    Array.from({ length: n }, (_, i) => ({
      orgId: org.org.id,
      roleId: roleIds[i % 3],
      // Every name twice or more, so the id decides between equals.
      name: `${["Ana", "Ben", "Cleo", "Dev"][i % 4]} ${["Okafor", "Silva", "Chen"][Math.floor(i / 4) % 3]}`,
      email: `p${String(i).padStart(4, "0")}.${org.org.id.slice(0, 8)}@example.test`,
      status: i % 5 === 0 ? ("deactivated" as const) : ("active" as const),
      passwordHash: "x",
    })),
  );
  return org;
}

type ListFilter = Parameters<typeof listMembers>[2];

/** Every page from the first by Next, then back from the last by Previous: both must be the whole list, in order. */
async function walk(orgId: string, filter: ListFilter) {
  const forward: string[][] = [];
  let page = await listMembers(db, orgId, filter);
  expect(page.previous).toBeNull();
  forward.push(page.rows.map((r) => r.id));
  while (page.next) {
    page = await listMembers(db, orgId, { ...filter, after: page.next });
    forward.push(page.rows.map((r) => r.id));
  }
  const backward: string[][] = [forward.at(-1)!];
  while (page.previous) {
    page = await listMembers(db, orgId, { ...filter, before: page.previous });
    backward.unshift(page.rows.map((r) => r.id));
  }
  return { forward, backward };
}

describe("the team list's count", () => {
  it("is exact up to the cap and stops there: one past it reads as capped", async () => {
    const small = await team(MEMBER_COUNT_CAP - 1);
    expect(await countMembersCapped(db, small.org.id, {})).toEqual({ count: MEMBER_COUNT_CAP, capped: false });
    const large = await team(MEMBER_COUNT_CAP);
    expect(await countMembersCapped(db, large.org.id, {})).toEqual({ count: MEMBER_COUNT_CAP, capped: true });
    // Filters count exactly below the cap: a quarter are Ana, one in five deactivated...
    expect(await countMembersCapped(db, large.org.id, { q: "ana okafor" })).toEqual({ count: 34, capped: false });
    const agent = await large.builtInRole("agent");
    expect(await countMembersCapped(db, large.org.id, { roleId: agent.id })).toEqual({ count: 134, capped: false });
  });
});

describe("the team list's keyset paging", () => {
  it("pages every sort both ways with nothing lost or repeated, in the export's order", async () => {
    const org = await team(60);
    const sorts: (Sort<(typeof MEMBER_SORTS)[number]> | null)[] = [
      null,
      ...MEMBER_SORTS.flatMap((key) => [
        { key, dir: "asc" as const },
        { key, dir: "desc" as const },
      ]),
    ];
    for (const sort of sorts) {
      const all = (await memberRows(db, org.org.id, { sort })).map((r) => r.id);
      expect(all).toHaveLength(61);
      const { forward, backward } = await walk(org.org.id, { sort, limit: 7 });
      expect(forward.flat(), JSON.stringify(sort)).toEqual(all);
      expect(backward, JSON.stringify(sort)).toEqual(forward);
      expect(forward.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 5]);
    }
  });

  it("keeps the search and role filter while paging, in every sort", async () => {
    const org = await team(60);
    const agent = await org.builtInRole("agent");
    for (const sort of [null, { key: "role", dir: "asc" } as const, { key: "status", dir: "desc" } as const]) {
      for (const filter of [{ q: "okafor" }, { roleId: agent.id }, { q: "Ben", roleId: agent.id }]) {
        const all = (await memberRows(db, org.org.id, { ...filter, sort })).map((r) => r.id);
        const { forward, backward } = await walk(org.org.id, { ...filter, sort, limit: 4 });
        expect(forward.flat()).toEqual(all);
        expect(backward).toEqual(forward);
      }
    }
  });

  it("treats another organisation's member as no cursor: its own first page, nothing of theirs", async () => {
    const mine = await team(30);
    const theirs = await makeOrg(db);
    const stranger = await theirs.member("agent");
    const first = await listMembers(db, mine.org.id, { limit: 5 });
    for (const cursor of [{ after: stranger.id }, { before: stranger.id }]) {
      const page = await listMembers(db, mine.org.id, { ...cursor, limit: 5 });
      expect(page.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    expect((await listMembers(db, theirs.org.id, { after: first.rows[0].id })).rows.map((r) => r.id)).toEqual([stranger.id]);
  });
});
